/// Where an article's body paragraphs live, and the end it sets to the article.
///
/// Body paragraphs sit at one depth under one element: as its children, or each wrapped alike
/// (`<div class=card><div><p>`). What follows the last of them at that depth (comment
/// policies, author bios, newsletter boxes, "most read" lists) sits in containers of its own,
/// even when it is written in full sentences. So the chosen blocks after the last block at
/// home are dropped.
///
/// The anchor is the deepest element holding at least `minAnchorShare` of the letters of the
/// body paragraphs (`LeadHeadings.isBody`);
/// the home depth is the depth below it that holds most body letters; a block is at home when
/// its element is that far below the anchor.
struct BodyHome {
    let lead: LeadHeadings
    static let minAnchorShare = 0.8
    /// Ancestors looked at above a block's element: enough for any layout, bounded for pages
    /// nested thousands deep.
    static let maxClimb = 40

    /// `chosen` (candidate indices, in order) without the blocks after the last one at home;
    /// unchanged when there is no body paragraph.
    func trimmed(_ chosen: [Int], candidates: [BlockCandidate]) -> [Int] {
        // Paragraphs place the body; list items only when there is no paragraph (a teaser list
        // of long items must not outweigh the article).
        let paragraphs = chosen.filter { lead.isBody(candidates[$0]) && candidates[$0].block.kind == .paragraph }
        let body = paragraphs.isEmpty ? chosen.filter { lead.isBody(candidates[$0]) } : paragraphs
        var total = 0
        var lettersByAncestor: [HTMLNode: Int] = [:]
        for index in body {
            guard var node = candidates[index].container else { continue }
            let letters = candidates[index].letters
            total += letters
            for _ in 0...Self.maxClimb {
                lettersByAncestor[node, default: 0] += letters
                guard let parent = node.pointee.parent else { break }
                node = parent
            }
        }
        guard total > 0 else { return chosen }
        // Ancestors holding most of the letters form one chain; the deepest holds the
        // fewest letters (or as many as one above it).
        var anchor: HTMLNode?
        var anchorLetters = Int.max
        for (node, letters) in lettersByAncestor where Double(letters) >= Self.minAnchorShare * Double(total) {
            let deeper = anchor.map { Self.depth(of: node, below: $0) != nil } ?? true
            if letters < anchorLetters || (letters == anchorLetters && deeper) { (anchor, anchorLetters) = (node, letters) }
        }
        guard let anchor else { return chosen }
        var lettersByDepth: [Int: Int] = [:]
        for index in body {
            if let depth = Self.depth(of: candidates[index].container, below: anchor) {
                lettersByDepth[depth, default: 0] += candidates[index].letters
            }
        }
        guard let homeDepth = lettersByDepth.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else {
            return chosen
        }
        guard let last = chosen.lastIndex(where: { Self.depth(of: candidates[$0].container, below: anchor) == homeDepth })
        else { return chosen }
        return Array(chosen[...last])
    }

    /// Steps from `node` up to `anchor`, nil when `anchor` is not among its first ancestors.
    static func depth(of node: HTMLNode?, below anchor: HTMLNode) -> Int? {
        var current = node
        var steps = 0
        while let element = current, steps <= maxClimb {
            if element == anchor { return steps }
            current = element.pointee.parent
            steps += 1
        }
        return nil
    }
}
