package app.quadratus.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the atlas data file and refuses it, naming the file and every bad id, when anything in it does not
 * resolve: a referral zone naming an unknown region, a satellite naming an unknown muscle, an unknown
 * activity or source. Checking at load means a typo in clinical data stops start-up instead of silently
 * dropping a zone from the ranking.
 */
final class AtlasLoader {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final String file;

	private final List<String> problems = new ArrayList<>();

	private AtlasLoader(String file) {
		this.file = file;
	}

	static Atlas load(String classpathResource) {
		ClassLoader loader = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
				AtlasLoader.class.getClassLoader());
		try (InputStream in = loader.getResourceAsStream(classpathResource)) {
			if (in == null) {
				throw new AtlasException("Atlas data file " + classpathResource + " not found on the classpath");
			}
			AtlasFile raw = JSON.readValue(in, AtlasFile.class);
			return new AtlasLoader(classpathResource).build(raw);
		}
		catch (IOException | JacksonException e) {
			throw new AtlasException("Atlas data file " + classpathResource + " cannot be read: " + e.getMessage(), e);
		}
	}

	private Atlas build(AtlasFile raw) {
		if (raw.version() == null || raw.version().isBlank()) {
			problem("it has no \"version\"");
		}
		Map<String, String> sources = raw.sources() == null ? Map.of() : raw.sources();
		List<BodyChart> charts = charts(raw.views());
		Map<String, BodyRegion> regions = regions(raw.regions());
		Map<String, Muscle> muscles = muscles(raw.muscles(), regions.keySet(), sources.keySet());
		if (!problems.isEmpty()) {
			throw new AtlasException("Atlas data file " + file + " is invalid: " + String.join("; ", problems));
		}
		return new Atlas(raw.version(), charts, regions, muscles, sources);
	}

	private List<BodyChart> charts(List<AtlasFile.View> views) {
		List<BodyChart> charts = new ArrayList<>();
		for (AtlasFile.View view : nonNull(views, "views")) {
			term(BodyView.class, view.id(), "view", "views").ifPresent(
					bodyView -> charts.add(new BodyChart(bodyView, view.viewBox(), view.outline(), view.note())));
		}
		return List.copyOf(charts);
	}

	private Map<String, BodyRegion> regions(List<AtlasFile.Region> entries) {
		Map<String, BodyRegion> regions = new LinkedHashMap<>();
		for (AtlasFile.Region entry : nonNull(entries, "regions")) {
			if (!validId(entry.id(), "region") || duplicate(regions.keySet(), entry.id(), "region")) {
				continue;
			}
			List<RegionShape> shapes = new ArrayList<>();
			for (AtlasFile.Shape shape : nonNull(entry.shapes(), "shapes of region '" + entry.id() + "'")) {
				Optional<BodyView> view = term(BodyView.class, shape.view(), "view", "region '" + entry.id() + "'");
				Optional<BodySide> side = term(BodySide.class, shape.side(), "side", "region '" + entry.id() + "'");
				if (view.isPresent() && side.isPresent()) {
					shapes.add(new RegionShape(view.get(), side.get(), shape.points()));
				}
			}
			if (shapes.isEmpty()) {
				problem("region '" + entry.id() + "' has no shape to draw");
			}
			regions.put(entry.id(), new BodyRegion(entry.id(), entry.label(), entry.landmark(), entry.segment(),
					entry.sided(), shapes));
		}
		return regions;
	}

	private Map<String, Muscle> muscles(List<AtlasFile.MuscleEntry> entries, Set<String> regionIds,
			Set<String> sourceKeys) {
		Map<String, Muscle> muscles = new LinkedHashMap<>();
		for (AtlasFile.MuscleEntry entry : nonNull(entries, "muscles")) {
			if (!validId(entry.id(), "muscle") || duplicate(muscles.keySet(), entry.id(), "muscle")) {
				continue;
			}
			String where = " in muscle '" + entry.id() + "'";
			List<MusclePart> parts = new ArrayList<>();
			for (AtlasFile.Part part : nonNull(entry.parts(), "parts" + where)) {
				Set<String> essential = known(part.essential(), regionIds, "region id", "the essential zones" + where);
				Set<String> spillover = known(part.spillover(), regionIds, "region id", "the spillover zones" + where);
				if (essential.isEmpty()) {
					problem("part '" + part.id() + "'" + where + " has no essential zone");
				}
				parts.add(new MusclePart(part.id(), part.name(), ReferralMap.of(essential, spillover), part.note()));
			}
			if (parts.isEmpty()) {
				problem("muscle '" + entry.id() + "' has no part with a referral map");
				continue;
			}
			Set<AggravatingFactor> factors = new HashSet<>();
			for (String factor : nonNull(entry.activatingFactors(), "activatingFactors" + where)) {
				term(AggravatingFactor.class, factor, "aggravating factor id", "muscle '" + entry.id() + "'")
					.ifPresent(factors::add);
			}
			known(entry.sources(), sourceKeys, "source", "the sources" + where);
			muscles.put(entry.id(), new Muscle(entry.id(), entry.name(), parts, factors, entry.activities(),
					entry.palpation(), entry.selfStretch(), nonNull(entry.satellites(), null), entry.sources()));
		}
		// Satellites name other muscles, so they can only be checked once every muscle is known.
		for (Muscle muscle : muscles.values()) {
			known(muscle.satellites(), muscles.keySet(), "muscle id", "the satellites of muscle '" + muscle.id() + "'");
		}
		return muscles;
	}

	private Set<String> known(List<String> ids, Set<String> knownIds, String kind, String where) {
		Set<String> found = new TreeSet<>();
		for (String id : nonNull(ids, null)) {
			if (knownIds.contains(id)) {
				found.add(id);
			}
			else {
				problem("unknown " + kind + " '" + id + "' in " + where);
			}
		}
		return found;
	}

	private <T extends Enum<T> & Term> Optional<T> term(Class<T> vocabulary, String id, String kind, String where) {
		Optional<T> term = Terms.byId(vocabulary, id);
		if (term.isEmpty()) {
			problem("unknown " + kind + " '" + id + "' in " + where);
		}
		return term;
	}

	private boolean validId(String id, String kind) {
		if (id == null || !ID.matcher(id).matches()) {
			problem("malformed " + kind + " id '" + id + "'");
			return false;
		}
		return true;
	}

	private boolean duplicate(Set<String> seen, String id, String kind) {
		if (seen.contains(id)) {
			problem("duplicate " + kind + " id '" + id + "'");
			return true;
		}
		return false;
	}

	private <T> List<T> nonNull(List<T> list, String required) {
		if (list == null) {
			if (required != null) {
				problem("\"" + required + "\" is missing");
			}
			return List.of();
		}
		return list;
	}

	private void problem(String message) {
		problems.add(message);
	}
}
