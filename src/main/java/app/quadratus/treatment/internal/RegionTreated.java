package app.quadratus.treatment.internal;

import app.quadratus.atlas.BodySide;

/** A body region worked on in a session, with the side (region ids from the atlas). */
public record RegionTreated(String region, BodySide side) {
}
