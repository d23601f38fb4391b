/// Designators of organisations' names as Italian and English texts quote them from other languages (Spanish,
/// French, Portuguese, German), as matching keys: *Consejo Superior de Deportes*, *Agence Française de
/// Développement*, *Fundação Oswaldo Cruz*, *Konrad-Adenauer-Stiftung*. The unknown-name pass reads them in every
/// language beside the language's own; the connectors they take (*de*, *des*, *du*) are English ones already.
public enum QuotedDesignators {
    /// First words. Words that are also Italian or English words of another sense are left out (*direction*,
    /// *office*), or kept only with the accent that marks them (*comité*, *armée*).
    public static let organisationHeads: Set<String> = [
        // Spanish
        "consejo", "ministerio", "fundación", "fundacion", "instituto", "agencia", "comisión", "comision", "secretaría",
        "dirección", "universidad", "partido", "ejército", "ejercito", "banco", "confederación",
        // French
        "conseil", "ministère", "ministere", "fondation", "agence", "institut", "comité", "université", "parti",
        "armée", "banque", "cour",
        // Portuguese
        "conselho", "ministério", "fundação", "fundacao", "agência", "universidade", "exército",
        // German
        "bundesamt", "bundesministerium", "bundesanstalt",
    ]

    /// Last words (German compounds end on them: *Konrad-Adenauer-Stiftung*).
    public static let organisationTails: Set<String> = ["stiftung", "gesellschaft", "verband", "institut"]
}
