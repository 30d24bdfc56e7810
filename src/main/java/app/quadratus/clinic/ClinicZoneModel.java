package app.quadratus.clinic;

import java.time.ZoneId;

import app.quadratus.shared.security.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page shows days and times in the signed-in person's clinic's own time zone. */
@ControllerAdvice
class ClinicZoneModel {

	private final Clinics clinics;

	ClinicZoneModel(Clinics clinics) {
		this.clinics = clinics;
	}

	@ModelAttribute("clinicZone")
	ZoneId clinicZone() {
		return CurrentUser.find().map(me -> clinics.zoneOf(me.clinicId())).orElse(Clinics.DEFAULT_ZONE);
	}
}
