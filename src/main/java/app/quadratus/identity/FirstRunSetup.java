package app.quadratus.identity;

import app.quadratus.clinic.Clinic;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first clinic and its owner together, or neither. */
@Service
class FirstRunSetup {

	private final Accounts accounts;

	private final Clinics clinics;

	FirstRunSetup(Accounts accounts, Clinics clinics) {
		this.accounts = accounts;
		this.clinics = clinics;
	}

	@Transactional
	public void setUp(SetupForm form) {
		if (accounts.anyExists()) {
			throw new ConflictException("setup.alreadyDone");
		}
		Clinic clinic = clinics.create(form.getClinic());
		accounts.createWithPassword(clinic.id(), form.getOwnerEmail(), form.getOwnerName().trim(), Role.OWNER,
				form.getPassword(), null);
	}
}
