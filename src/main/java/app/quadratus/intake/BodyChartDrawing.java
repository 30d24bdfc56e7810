package app.quadratus.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodyChart;
import app.quadratus.atlas.BodyRegion;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.Muscle;
import app.quadratus.atlas.ReferralMap;
import app.quadratus.atlas.RegionShape;
import app.quadratus.intake.AssessmentFindings.RegionPain;

/**
 * What the templates draw on the front and back body charts: every region's shape from the atlas, with
 * either the client's pain (a heat map) or a muscle's referral map (essential or spillover zone).
 */
public final class BodyChartDrawing {

	/** One chart (front or back) and its regions' shapes in drawing order. */
	public record View(String id, String viewBox, String outline, List<Zone> zones) {
	}

	/**
	 * One region's shape on one side. {@code intensity} is the pain there (0 for none); {@code zone} is
	 * "essential", "spillover" or "" for a referral map.
	 */
	public record Zone(String regionId, String label, BodySide side, String points, double labelX, double labelY,
			int intensity, PainQuality quality, String zone) {
	}

	private BodyChartDrawing() {
	}

	/** The pain drawing as a heat map; a mark with side "both" or none covers both sides' shapes. */
	public static List<View> heatMap(Atlas atlas, List<RegionPain> pain) {
		return draw(atlas, (region) -> shape -> {
			RegionPain mark = pain.stream()
				.filter(p -> p.region().equals(region.id()) && covers(p.side(), shape.side()))
				.findFirst().orElse(null);
			return mark == null ? zone(region, shape, 0, null, "") : zone(region, shape, mark.intensity(), mark.quality(), "");
		});
	}

	/** A muscle's referral map: its essential and spillover zones, drawn on both sides. */
	public static List<View> referralMap(Atlas atlas, Muscle muscle) {
		ReferralMap map = muscle.referralMap();
		return draw(atlas, region -> shape -> zone(region, shape, 0, null,
				map.weight(region.id()) == ReferralMap.ESSENTIAL_WEIGHT ? "essential"
						: map.weight(region.id()) == ReferralMap.SPILLOVER_WEIGHT ? "spillover" : ""));
	}

	private static List<View> draw(Atlas atlas, Function<BodyRegion, Function<RegionShape, Zone>> zoneOf) {
		List<View> views = new ArrayList<>();
		for (BodyChart chart : atlas.charts()) {
			List<Zone> zones = new ArrayList<>();
			for (BodyRegion region : atlas.regions()) {
				for (RegionShape shape : region.shapesOn(chart.view())) {
					zones.add(zoneOf.apply(region).apply(shape));
				}
			}
			views.add(new View(chart.view().id(), chart.viewBox(), chart.outlinePath(), List.copyOf(zones)));
		}
		return List.copyOf(views);
	}

	private static boolean covers(BodySide markSide, BodySide shapeSide) {
		return markSide == null || markSide == BodySide.BOTH || markSide == BodySide.MIDLINE
				|| shapeSide == BodySide.MIDLINE || markSide == shapeSide;
	}

	private static Zone zone(BodyRegion region, RegionShape shape, int intensity, PainQuality quality, String kind) {
		double[] centre = centre(shape.points());
		return new Zone(region.id(), AssessmentPageModel.capitalised(region.label()), shape.side(), shape.points(), centre[0], centre[1], intensity,
				quality, kind);
	}

	/** The mean of the polygon's corners: inside every shape of the atlas, which are all convex. */
	private static double[] centre(String points) {
		double x = 0;
		double y = 0;
		String[] corners = points.trim().split("\\s+");
		for (String corner : corners) {
			String[] xy = corner.split(",");
			x += Double.parseDouble(xy[0]);
			y += Double.parseDouble(xy[1]);
		}
		return new double[] { Math.round(x / corners.length * 10) / 10.0, Math.round(y / corners.length * 10) / 10.0 };
	}
}
