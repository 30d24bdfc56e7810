package app.quadratus.clients;

import java.util.List;

public record ClientPage(List<ClientSummary> items, long total) {
}
