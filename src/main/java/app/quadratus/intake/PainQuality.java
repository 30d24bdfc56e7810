package app.quadratus.intake;

/** How the pain feels, as the client describes it (PRODUCT.md, care loop step 2). */
public enum PainQuality {
	ACHE, SHARP, BURNING, TINGLING, NUMB
}
