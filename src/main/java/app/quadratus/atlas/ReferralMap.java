package app.quadratus.atlas;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a trigger point sends pain: essential zones (present whenever the point is active) and spillover
 * zones (sometimes present). The maps are expert-derived and contested (clinical facts §2, D22).
 */
public record ReferralMap(SortedSet<String> essential, SortedSet<String> spillover) {

	/** Weight of an essential zone in the §2.3 score. */
	public static final int ESSENTIAL_WEIGHT = 2;

	/** Weight of a spillover zone in the §2.3 score. */
	public static final int SPILLOVER_WEIGHT = 1;

	public ReferralMap {
		essential = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(essential));
		TreeSet<String> onlySpillover = new TreeSet<>(spillover);
		// A region that is essential in one part of a muscle is essential for the muscle (the better weight wins).
		onlySpillover.removeAll(essential);
		spillover = java.util.Collections.unmodifiableSortedSet(onlySpillover);
	}

	public static ReferralMap of(Set<String> essential, Set<String> spillover) {
		return new ReferralMap(new TreeSet<>(essential), new TreeSet<>(spillover));
	}

	/** 2 for an essential zone, 1 for a spillover zone, 0 elsewhere. */
	public int weight(String regionId) {
		if (essential.contains(regionId)) {
			return ESSENTIAL_WEIGHT;
		}
		return spillover.contains(regionId) ? SPILLOVER_WEIGHT : 0;
	}

	/** The union of two maps, each region at its better weight. */
	public ReferralMap merge(ReferralMap other) {
		TreeSet<String> allEssential = new TreeSet<>(essential);
		allEssential.addAll(other.essential);
		TreeSet<String> allSpillover = new TreeSet<>(spillover);
		allSpillover.addAll(other.spillover);
		return new ReferralMap(allEssential, allSpillover);
	}
}
