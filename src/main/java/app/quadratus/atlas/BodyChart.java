package app.quadratus.atlas;

/**
 * One body-chart drawing: the SVG view box, the body outline as an SVG path, and a note on orientation.
 * Regions are drawn on it from {@link BodyRegion#shapesOn(BodyView)}.
 */
public record BodyChart(BodyView view, String viewBox, String outlinePath, String note) {
}
