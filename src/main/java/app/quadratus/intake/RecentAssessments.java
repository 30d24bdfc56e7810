package app.quadratus.intake;

import java.util.List;

/** The newest assessments of a client, and how many they have in all (for "10 of 14 shown"). */
public record RecentAssessments(List<AssessmentSummary> shown, long total) {
}
