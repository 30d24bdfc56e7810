package app.quadratus.intake;

/**
 * What pressing a muscle's trigger point did. Only {@link #REPRODUCED_FAMILIAR_PAIN} supports a
 * myofascial picture: local tenderness is common in pain-free people too.
 */
public enum PalpationResponse {
	REPRODUCED_FAMILIAR_PAIN, LOCAL_TENDERNESS, NOTHING
}
