package app.quadratus.clinic;

import app.quadratus.shared.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class RoomForm {

	@NotBlank(message = "{room.name.required}")
	@Size(max = 100)
	@PlainText
	private String name;

	private boolean hireable;

	@Min(value = 0, message = "{room.rate.range}")
	@Max(value = 100000, message = "{room.rate.range}")
	private Integer hourlyRatePence;

	private boolean active = true;

	public static RoomForm of(Room room) {
		RoomForm form = new RoomForm();
		form.name = room.name();
		form.hireable = room.hireable();
		form.hourlyRatePence = room.hourlyRatePence();
		form.active = room.active();
		return form;
	}

	public static RoomForm named(String name, boolean hireable, Integer hourlyRatePence) {
		RoomForm form = new RoomForm();
		form.name = name;
		form.hireable = hireable;
		form.hourlyRatePence = hourlyRatePence;
		return form;
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public boolean isHireable() { return hireable; }
	public void setHireable(boolean hireable) { this.hireable = hireable; }
	public Integer getHourlyRatePence() { return hourlyRatePence; }
	public void setHourlyRatePence(Integer hourlyRatePence) { this.hourlyRatePence = hourlyRatePence; }
	public boolean isActive() { return active; }
	public void setActive(boolean active) { this.active = active; }
}
