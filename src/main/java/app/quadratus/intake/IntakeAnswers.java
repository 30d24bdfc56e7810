package app.quadratus.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.quadratus.shared.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What the client has answered in their intake so far: the form the portal binds, one step at a time,
 * and the JSON stored after each step. Values are enum names and atlas ids as on the assessment page (the
 * pain rows have the same shape as its table), checked by {@link IntakeChecks} before anything is saved.
 * Every field may be null or empty until its step is answered.
 */
public class IntakeAnswers {

	@Size(max = 40, message = "{field.tooLong}")
	@PlainText
	private String phone;

	@Size(max = 120, message = "{field.tooLong}")
	@PlainText
	private String emergencyName;

	@Size(max = 40, message = "{field.tooLong}")
	@PlainText
	private String emergencyPhone;

	private boolean treatmentConsent;

	private boolean privacyNoticeRead;

	private String onset;

	@Min(value = 0, message = "{intake.weeks.range}")
	@Max(value = 2600, message = "{intake.weeks.range}")
	private Integer durationWeeks;

	@Size(max = 2000, message = "{field.tooLong}")
	private String earlierEpisodes;

	@Size(max = 2000, message = "{field.tooLong}")
	private String otherConditions;

	private String seenDoctor;

	@Size(max = 2000, message = "{field.tooLong}")
	private String medication;

	@Size(max = 200, message = "{field.tooLong}")
	@PlainText
	private String occupation;

	@Min(value = 0, message = "{intake.hours.range}")
	@Max(value = 24, message = "{intake.hours.range}")
	private Integer sittingHours;

	private List<String> loads = new ArrayList<>();

	@Size(max = 1000, message = "{field.tooLong}")
	private String loadsNote;

	private Map<String, String> redFlags = new LinkedHashMap<>();

	private Map<String, @Valid PainRow> pain = new LinkedHashMap<>();

	private List<String> worseWith = new ArrayList<>();

	@Size(max = 1000, message = "{field.tooLong}")
	private String worse;

	@Size(max = 1000, message = "{field.tooLong}")
	private String better;

	@Size(max = 2000, message = "{field.tooLong}")
	private String goals;

	/** One region of the drawing: how bad 0–10 (0 or empty: no pain), what it feels like, side, timing. */
	public static class PainRow {

		@Min(value = 0, message = "{intake.pain.range}")
		@Max(value = 10, message = "{intake.pain.range}")
		private Integer intensity;

		private String quality;

		private String side;

		private String timing;

		public Integer getIntensity() { return intensity; }
		public void setIntensity(Integer intensity) { this.intensity = intensity; }
		public String getQuality() { return quality; }
		public void setQuality(String quality) { this.quality = blankToNull(quality); }
		public String getSide() { return side; }
		public void setSide(String side) { this.side = blankToNull(side); }
		public String getTiming() { return timing; }
		public void setTiming(String timing) { this.timing = blankToNull(timing); }

		/** Whether the client marked pain here. */
		public boolean painful() {
			return intensity != null && intensity > 0;
		}
	}

	/** The regions the client marked, without the empty rows the page posts for every region. */
	public Map<String, PainRow> marked() {
		Map<String, PainRow> marked = new LinkedHashMap<>();
		pain.forEach((region, row) -> {
			if (row != null && row.painful()) {
				marked.put(region, row);
			}
		});
		return marked;
	}

	/** The red flags the client answered "yes" to, by id. */
	public List<String> redFlagsYes() {
		return redFlags.entrySet().stream().filter(e -> "YES".equals(e.getValue())).map(Map.Entry::getKey).toList();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = blankToNull(phone); }
	public String getEmergencyName() { return emergencyName; }
	public void setEmergencyName(String name) { this.emergencyName = blankToNull(name); }
	public String getEmergencyPhone() { return emergencyPhone; }
	public void setEmergencyPhone(String phone) { this.emergencyPhone = blankToNull(phone); }
	public boolean isTreatmentConsent() { return treatmentConsent; }
	public void setTreatmentConsent(boolean consent) { this.treatmentConsent = consent; }
	public boolean isPrivacyNoticeRead() { return privacyNoticeRead; }
	public void setPrivacyNoticeRead(boolean read) { this.privacyNoticeRead = read; }
	public String getOnset() { return onset; }
	public void setOnset(String onset) { this.onset = blankToNull(onset); }
	public Integer getDurationWeeks() { return durationWeeks; }
	public void setDurationWeeks(Integer weeks) { this.durationWeeks = weeks; }
	public String getEarlierEpisodes() { return earlierEpisodes; }
	public void setEarlierEpisodes(String text) { this.earlierEpisodes = blankToNull(text); }
	public String getOtherConditions() { return otherConditions; }
	public void setOtherConditions(String text) { this.otherConditions = blankToNull(text); }
	public String getSeenDoctor() { return seenDoctor; }
	public void setSeenDoctor(String seen) { this.seenDoctor = blankToNull(seen); }
	public String getMedication() { return medication; }
	public void setMedication(String medication) { this.medication = blankToNull(medication); }
	public String getOccupation() { return occupation; }
	public void setOccupation(String occupation) { this.occupation = blankToNull(occupation); }
	public Integer getSittingHours() { return sittingHours; }
	public void setSittingHours(Integer hours) { this.sittingHours = hours; }
	public List<String> getLoads() { return loads; }
	public void setLoads(List<String> loads) { this.loads = loads == null ? new ArrayList<>() : loads; }
	public String getLoadsNote() { return loadsNote; }
	public void setLoadsNote(String note) { this.loadsNote = blankToNull(note); }
	public Map<String, String> getRedFlags() { return redFlags; }
	public void setRedFlags(Map<String, String> flags) { this.redFlags = flags == null ? new LinkedHashMap<>() : flags; }
	public Map<String, PainRow> getPain() { return pain; }
	public void setPain(Map<String, PainRow> pain) { this.pain = pain == null ? new LinkedHashMap<>() : pain; }
	public List<String> getWorseWith() { return worseWith; }
	public void setWorseWith(List<String> worseWith) { this.worseWith = worseWith == null ? new ArrayList<>() : worseWith; }
	public String getWorse() { return worse; }
	public void setWorse(String worse) { this.worse = blankToNull(worse); }
	public String getBetter() { return better; }
	public void setBetter(String better) { this.better = blankToNull(better); }
	public String getGoals() { return goals; }
	public void setGoals(String goals) { this.goals = blankToNull(goals); }
}
