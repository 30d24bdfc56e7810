package app.quadratus.outcomes;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The STarT Back risk groups and the care NICE NG59 matches to them (clinical-facts §4.4, §4.6):
 * simpler support for low risk, more intensive support for higher risk.
 */
public enum StartBackRisk {

	LOW("LA9194-7", "Simpler and less intensive support: reassurance, advice to keep active and "
			+ "self-management advice (NICE NG59)."),
	MEDIUM("LA8982-6", "More intensive support: exercise, with or without manual therapy such as massage, "
			+ "which NICE NG59 supports only as part of a treatment package that includes exercise."),
	HIGH("LA9193-9", "More intensive, psychologically informed support: exercise with manual therapy or a "
			+ "psychological approach (CBT-based, only within a package that includes exercise); consider a combined "
			+ "physical and psychological programme, and refer routinely (GP or physiotherapist) for matched, "
			+ "psychologically informed care (NICE NG59).");

	private final String loincAnswer;

	private final String matchedCare;

	StartBackRisk(String loincAnswer, String matchedCare) {
		this.loincAnswer = loincAnswer;
		this.matchedCare = matchedCare;
	}

	/**
	 * Keele's rule: total at most 3 is low; otherwise a distress subscale of 4 or more is high, else
	 * medium. The thresholds come from the instrument's data (3 and 4 as published).
	 */
	public static StartBackRisk classify(int total, int distress, int lowRiskMaxTotal, int highRiskMinDistress) {
		if (total <= lowRiskMaxTotal) {
			return LOW;
		}
		return distress >= highRiskMinDistress ? HIGH : MEDIUM;
	}

	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The LOINC answer code for this level of 91352-5. */
	public String loincAnswer() {
		return loincAnswer;
	}

	/** The care NICE NG59 recommends for this risk group, in words for a therapist. */
	public String matchedCare() {
		return matchedCare;
	}
}
