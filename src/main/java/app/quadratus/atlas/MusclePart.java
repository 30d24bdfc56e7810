package app.quadratus.atlas;

/** A part of a muscle with its own trigger points and referral map, e.g. the deep fibres of quadratus lumborum. */
public record MusclePart(String id, String name, ReferralMap referralMap, String note) {
}
