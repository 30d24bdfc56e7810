package app.quadratus.atlas;

/** Where a region is drawn: on which view, for which side, as SVG polygon points ("x,y x,y ..."). */
public record RegionShape(BodyView view, BodySide side, String points) {
}
