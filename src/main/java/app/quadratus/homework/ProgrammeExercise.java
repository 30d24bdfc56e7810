package app.quadratus.homework;

/** One exercise of a programme with the dose prescribed; overrideReason is set when it was given despite "avoid". */
public record ProgrammeExercise(int position, String exerciseId, Dose dose, String overrideReason) {
}
