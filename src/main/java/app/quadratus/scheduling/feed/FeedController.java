package app.quadratus.scheduling.feed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's feed settings page, and the feed itself at its secret URL (no sign-in: calendar apps cannot). */
@Controller
class FeedController {

	private final CalendarFeeds feeds;

	private final String baseUrl;

	FeedController(CalendarFeeds feeds, @Value("${quadratus.base-url}") String baseUrl) {
		this.feeds = feeds;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/calendar-feed")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	String settings(Model model) {
		model.addAttribute("feed", feeds.mine());
		return "scheduling/feed/settings";
	}

	@PostMapping("/calendar-feed")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	String renew(@RequestParam(defaultValue = "false") boolean showClientNames, RedirectAttributes redirect) {
		String secret = feeds.renew(showClientNames);
		redirect.addFlashAttribute("feedUrl", baseUrl + "/feeds/" + secret + ".ics");
		redirect.addFlashAttribute("flash", "feed.renewed");
		return "redirect:/calendar-feed";
	}

	@PostMapping("/calendar-feed/names")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	String names(@RequestParam(defaultValue = "false") boolean showClientNames, RedirectAttributes redirect) {
		feeds.showClientNames(showClientNames);
		redirect.addFlashAttribute("flash", "feed.saved");
		return "redirect:/calendar-feed";
	}

	@PostMapping("/calendar-feed/revoke")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST')")
	String revoke(RedirectAttributes redirect) {
		feeds.revoke();
		redirect.addFlashAttribute("flash", "feed.revoked");
		return "redirect:/calendar-feed";
	}

	@GetMapping("/feeds/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CalendarFiles.MEDIA_TYPE + ";charset=UTF-8"))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Robots-Tag", "noindex")
			.body(feeds.feed(secret));
	}
}
