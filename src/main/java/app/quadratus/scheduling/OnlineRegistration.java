package app.quadratus.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientForm;
import app.quadratus.clients.ClientRecords;
import app.quadratus.identity.ClientSignUp;
import app.quadratus.shared.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new client registering on a clinic's booking page: their client record and a CLIENT account, in one
 * transaction. Registrations are counted per address in the database (so across app instances): a few
 * an hour, then refused, so the page cannot be used to fill a clinic with made-up clients.
 */
@Service
public class OnlineRegistration {

	static final int PER_ADDRESS_PER_HOUR = 5;

	private final ClientRecords clients;

	private final ClientSignUp signUp;

	private final OnlineBookingRepository repository;

	private final OnlineBookings online;

	private final AuditLog audit;

	private final Clock clock;

	OnlineRegistration(ClientRecords clients, ClientSignUp signUp, OnlineBookingRepository repository,
			OnlineBookings online, AuditLog audit, Clock clock) {
		this.clients = clients;
		this.signUp = signUp;
		this.repository = repository;
		this.online = online;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the new account's id, for signing it in
	 * @throws InvalidFieldException on {@code email} (taken, or too many registrations from this address) or {@code password}
	 */
	@Transactional
	public UUID register(UUID clinicId, String givenName, String familyName, LocalDate dateOfBirth, String email,
			String phone, String password, String address) {
		online.clinic(clinicId);
		Instant now = clock.instant();
		if (repository.registrationsSince(address, now.minus(Duration.ofHours(1))) >= PER_ADDRESS_PER_HOUR) {
			throw new InvalidFieldException("email", "booking.register.tooMany");
		}
		signUp.passwordProblem(password).ifPresent(problem -> {
			throw new InvalidFieldException("password", problem);
		});
		ClientForm form = new ClientForm();
		form.setGivenName(givenName.strip());
		form.setFamilyName(familyName.strip());
		form.setDateOfBirth(dateOfBirth);
		form.setEmail(email.strip());
		form.setPhone(phone == null || phone.isBlank() ? null : phone.strip());
		form.setPrivacyNoticeAcknowledged(true);
		Client client = clients.createInClinic(clinicId, form, now);
		UUID accountId = signUp.register(clinicId, client.id(), email, givenName.strip() + " " + familyName.strip(), password);
		repository.insertRegistration(clinicId, address, now);
		audit.recordByClientLink(clinicId, client.id(), AuditAction.CREATE, "client", client.id());
		return accountId;
	}
}
