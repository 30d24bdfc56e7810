package app.quadratus.atlas;

import java.util.List;

/**
 * A region of the pain drawing (clinical facts §1). {@code sided} regions are drawn once per side;
 * midline ones (sacrum, coccyx, perineum) once. {@code segment} groups regions for forms (trunk, pelvis,
 * buttock, hip, thigh, knee, leg, ankle, foot).
 */
public record BodyRegion(String id, String label, String landmark, String segment, boolean sided,
		List<RegionShape> shapes) {

	public BodyRegion {
		shapes = List.copyOf(shapes);
	}

	public List<RegionShape> shapesOn(BodyView view) {
		return shapes.stream().filter(shape -> shape.view() == view).toList();
	}
}
