package app.quadratus.homework;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The stick-figure poses drawn for Quadratus that illustrate the library: each exercise names one.
 * Coordinates are in a 160 × 100 box with the floor at y = 90; "moving" is the part the exercise works,
 * drawn highlighted; "props" are the chair, wall, ball or strap. Each part is a polyline of "x,y"
 * points, parts separated by "|"; a prop "o x,y r" is a circle (the ball).
 */
public enum Pose {
	STANDING("standing", 80, 16, "80,55 74,90|80,55 86,90|80,31 70,52|80,31 90,52", "80,22 80,55", ""),
	STANDING_SIDE_BEND("standing-side-bend", 94, 21, "80,55 72,90|80,55 88,90|89,33 80,50",
			"80,55 84,40 90,27|90,30 98,15 106,11", "56,90 56,40"),
	STANDING_QUAD("standing-quad", 80, 16, "80,24 80,55|80,55 80,90|80,31 100,40",
			"80,55 80,74 64,62|80,31 66,61", "108,90 108,36"),
	STANDING_WALL_LUNGE("standing-wall-lunge", 118, 24, "90,56 112,31|110,34 138,40|90,56 110,70 112,90",
			"90,56 66,90", "140,8 140,90"),
	STANDING_WALL_BALL("standing-wall-ball", 47, 16, "47,23 48,56|48,56 62,72 60,90|48,56 58,74 52,90|47,30 58,50",
			"o 42,57 5", "38,8 38,90"),
	STANDING_LIFT("standing-lift", 91, 27, "70,64 86,34|84,38 100,66", "70,64 94,70 88,90|70,64 86,72 76,90",
			"96,64 118,64 118,90 96,90 96,64"),
	WALKING("walking", 80, 16, "80,22 80,54|80,30 90,48|80,30 70,46", "80,54 68,90|80,54 90,72 96,88", ""),
	SITTING_CHAIR("sitting-chair", 78, 20, "78,58 104,58 104,90|78,34 94,54", "78,27 78,58",
			"60,60 92,60|64,60 64,90|90,60 90,90|60,60 60,26"),
	SITTING_FORWARD_BEND("sitting-forward-bend", 104, 78, "80,58 104,58 106,90|100,66 108,86",
			"80,58 96,56 102,70", "60,60 92,60|64,60 64,90|90,60 90,90|60,60 60,26"),
	SITTING_KNEE_EXTENSION("sitting-knee-extension", 74, 19, "78,58 78,27|78,34 92,54", "78,58 104,58 130,46",
			"60,60 92,60|64,60 64,90|90,60 90,90|60,60 60,26"),
	SITTING_FLOOR("sitting-floor", 70, 44, "70,86 70,51|70,60 98,80", "70,86 104,88 132,88", ""),
	LYING_KNEES_BENT("lying-knees-bent", 22, 80, "80,84 100,64 116,88|36,83 60,86", "28,82 80,84", ""),
	LYING_KNEE_TO_CHEST("lying-knee-to-chest", 22, 80, "28,82 80,84|80,84 100,64 116,88|36,83 66,64",
			"80,84 74,58 56,64", ""),
	LYING_KNEES_TO_CHEST("lying-knees-to-chest", 22, 80, "28,82 80,84|36,83 66,62",
			"80,84 72,58 54,64|80,84 78,60 60,68", ""),
	LYING_LEG_UP("lying-leg-up", 22, 80, "28,82 80,84|80,84 100,64 116,88|36,83 56,62", "80,84 92,30",
			"56,62 92,32"),
	LYING_TABLETOP("lying-tabletop", 22, 80, "28,82 80,84|80,84 80,62 104,62", "40,83 30,58|80,84 122,80", ""),
	LYING_BRIDGE("lying-bridge", 20, 82, "78,62 100,64 104,88|30,86 56,88", "26,84 78,62", ""),
	SIDE_LYING("side-lying", 24, 74, "30,78 75,80|75,80 108,86 128,86|36,78 40,88", "75,80 100,70 120,82", ""),
	SIDE_LYING_QUAD("side-lying-quad", 24, 74, "30,78 75,80|75,80 120,86|36,78 40,88", "75,80 108,78 88,62|54,79 86,64",
			""),
	SIDE_PLANK("side-plank", 28, 50, "38,60 38,86 54,86|120,84 104,88", "34,57 120,84", ""),
	PRONE_ELBOWS("prone-elbows", 34, 54, "46,64 46,86 62,86|120,84 150,86", "40,62 120,84", ""),
	PRONE_KNEE_BEND("prone-knee-bend", 24, 78, "30,82 90,86|36,82 40,88", "90,86 120,86 108,58", ""),
	KNEELING_SIT_BACK("kneeling-sit-back", 112, 80, "62,80 96,88|96,88 60,90|104,76 138,88", "62,80 104,76", ""),
	HALF_KNEELING("half-kneeling", 80, 14, "80,21 80,54|80,54 104,58 104,90|80,30 76,50", "80,54 64,88 42,90", ""),
	HANDS_AND_KNEES("hands-and-knees", 118, 42, "108,48 108,88|52,48 52,88|52,88 20,88", "50,48 110,48", "");

	private final String id;

	private final int headX;

	private final int headY;

	private final String body;

	private final String moving;

	private final String props;

	Pose(String id, int headX, int headY, String body, String moving, String props) {
		this.id = id;
		this.headX = headX;
		this.headY = headY;
		this.body = body;
		this.moving = moving;
		this.props = props;
	}

	public String id() {
		return id;
	}

	int headX() {
		return headX;
	}

	int headY() {
		return headY;
	}

	List<String> body() {
		return parts(body);
	}

	List<String> moving() {
		return parts(moving);
	}

	List<String> props() {
		return parts(props);
	}

	private static List<String> parts(String spec) {
		return spec.isEmpty() ? List.of() : List.of(spec.split("\\|"));
	}

	public static Optional<Pose> of(String id) {
		return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
	}
}
