package app.quadratus.atlas;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The painful regions of a drawing, each at its highest reported intensity. A region marked on both sides
 * counts once, at the higher intensity (§4.6 rule 9); a region marked 0/10 is drawn but not painful, so it
 * is left out. Sorted by region id, so the order marks were entered in never matters.
 */
public final class PainDrawing {

	private final SortedMap<String, Integer> intensities;

	private PainDrawing(SortedMap<String, Integer> intensities) {
		this.intensities = Collections.unmodifiableSortedMap(intensities);
	}

	public static PainDrawing of(Collection<PainMark> marks) {
		SortedMap<String, Integer> intensities = new TreeMap<>();
		for (PainMark mark : marks) {
			if (mark.intensity() > 0) {
				intensities.merge(mark.region(), mark.intensity(), Math::max);
			}
		}
		return new PainDrawing(intensities);
	}

	public static PainDrawing of(PainMark... marks) {
		return of(List.of(marks));
	}

	public boolean isEmpty() {
		return intensities.isEmpty();
	}

	public Set<String> regions() {
		return intensities.keySet();
	}

	/** The intensity of a region, 0 when it is not painful. */
	public int intensity(String region) {
		return intensities.getOrDefault(region, 0);
	}

	/** The highest intensity among the given regions, 0 when none of them is painful. */
	public int highestIn(Set<String> regions) {
		return intensities.entrySet().stream().filter(e -> regions.contains(e.getKey()))
			.mapToInt(e -> e.getValue()).max().orElse(0);
	}

	/** The highest intensity among regions outside the given ones, 0 when there are none. */
	public int highestOutside(Set<String> regions) {
		return intensities.entrySet().stream().filter(e -> !regions.contains(e.getKey()))
			.mapToInt(e -> e.getValue()).max().orElse(0);
	}

	/** The region(s) at the highest intensity; several when they tie. Empty for an empty drawing. */
	public Set<String> mostIntenseRegions() {
		int highest = intensities.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		TreeMap<String, Integer> copy = new TreeMap<>(intensities);
		copy.values().removeIf(value -> value != highest);
		return Collections.unmodifiableSet(copy.keySet());
	}

	public boolean anyIn(Set<String> regions) {
		return regions.stream().anyMatch(intensities::containsKey);
	}
}
