/**
 * The body atlas: body-chart regions with their SVG geometry, the muscles whose trigger points refer pain
 * into them (referral maps, activating activities, palpation, self-stretch, sources), the fixed
 * vocabularies, and the ranking of candidate muscles for a pain drawing. Plain Java, no framework.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Atlas", allowedDependencies = {})
package app.quadratus.atlas;
