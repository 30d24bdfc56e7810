package app.quadratus.shared.web;

import tools.jackson.core.JacksonException;

/** "painRegions[0].intensity" from the path Jackson records when a value does not fit. */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}
}
