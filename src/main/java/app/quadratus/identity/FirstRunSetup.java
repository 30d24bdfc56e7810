package app.quadratus.identity;

import app.quadratus.clinic.Clinic;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.security.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first clinic and its owner together, or neither, and uses up the setup code in the same
 * transaction.
 */
@Service
class FirstRunSetup {

	private final Accounts accounts;

	private final Clinics clinics;

	private final SetupCode setupCode;

	FirstRunSetup(Accounts accounts, Clinics clinics, SetupCode setupCode) {
		this.accounts = accounts;
		this.clinics = clinics;
		this.setupCode = setupCode;
	}

	/** At start (after the demo, if any, has seeded): the code is needed only while no clinic exists. */
	@EventListener(ApplicationReadyEvent.class)
	public void printSetupCodeWhileNoClinicExists() {
		if (!accounts.anyExists()) {
			setupCode.printUnlessOneIsInForce();
		}
	}

	@Transactional
	public void setUp(SetupForm form) {
		if (accounts.anyExists()) {
			throw new ConflictException("setup.alreadyDone");
		}
		// First, so that a second setup at the same moment (on another instance) waits on the row, then finds
		// it gone and is refused before it creates a clinic.
		if (!setupCode.discard()) {
			throw new ConflictException("setup.alreadyDone");
		}
		Clinic clinic = clinics.create(form.getClinic());
		accounts.createWithPassword(clinic.id(), form.getOwnerEmail(), form.getOwnerName().trim(), Role.OWNER,
				form.getPassword(), null);
	}
}
