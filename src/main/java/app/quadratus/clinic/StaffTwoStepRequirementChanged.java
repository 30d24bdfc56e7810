package app.quadratus.clinic;

import java.util.UUID;

/** The owner started or stopped requiring two-step sign-in of the clinic's staff. */
public record StaffTwoStepRequirementChanged(UUID clinicId, boolean required) {
}
