package app.quadratus.atlas;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded atlas: body-chart drawings, the 37 pain-drawing regions, the muscles with their referral maps,
 * and the sources they cite. Immutable and safe to share; load it once at start-up with {@link #load()}.
 */
public final class Atlas {

	/** The versioned data file on the classpath. */
	public static final String DEFAULT_RESOURCE = "atlas/atlas.json";

	private final String version;

	private final List<BodyChart> charts;

	private final Map<String, BodyRegion> regions;

	private final Map<String, Muscle> muscles;

	private final Map<String, String> sources;

	private final MuscleRanking ranking;

	Atlas(String version, List<BodyChart> charts, Map<String, BodyRegion> regions, Map<String, Muscle> muscles,
			Map<String, String> sources) {
		this.version = version;
		this.charts = List.copyOf(charts);
		// LinkedHashMap copies keep the file's order, which is the order forms and rankings show.
		this.regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
		this.muscles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(muscles));
		this.sources = Map.copyOf(sources);
		this.ranking = new MuscleRanking(this.muscles.values());
	}

	/** Loads {@link #DEFAULT_RESOURCE}; throws {@link AtlasException} naming the file and every bad id. */
	public static Atlas load() {
		return load(DEFAULT_RESOURCE);
	}

	public static Atlas load(String classpathResource) {
		return AtlasLoader.load(classpathResource);
	}

	public String version() {
		return version;
	}

	public List<BodyChart> charts() {
		return charts;
	}

	public BodyChart chart(BodyView view) {
		return charts.stream().filter(chart -> chart.view() == view).findFirst()
			.orElseThrow(() -> new AtlasException("the atlas has no " + view.id() + " chart"));
	}

	/** Every region, in the order of the contract's vocabulary. */
	public List<BodyRegion> regions() {
		return List.copyOf(regions.values());
	}

	public Optional<BodyRegion> region(String id) {
		return Optional.ofNullable(id == null ? null : regions.get(id));
	}

	public List<Muscle> muscles() {
		return List.copyOf(muscles.values());
	}

	public Optional<Muscle> muscle(String id) {
		return Optional.ofNullable(id == null ? null : muscles.get(id));
	}

	/** The full reference for a source key such as "S29a"; throws if the atlas does not know the key. */
	public String citation(String key) {
		String citation = sources.get(key);
		if (citation == null) {
			throw new AtlasException("the atlas has no source '" + key + "'");
		}
		return citation;
	}

	public boolean hasSource(String key) {
		return sources.containsKey(key);
	}

	public MuscleRanking ranking() {
		return ranking;
	}
}
