package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * One rule of {@link MentionFilter}: a verdict on a match whose candidates are given best first, or null to
 * leave the match to the next rule. The filter calls its rules in turn from one call site, so that each rule
 * compiles on its own (a call site with many receiver classes is not inlined): a rare branch taken late in a
 * run recompiles one small rule, not the whole filter.
 */
@FunctionalInterface
interface FilterRule {

    /** The verdict on span {@code s} of {@code t}, or null when this rule has nothing to say. */
    MentionFilter.Verdict judge(Tokens t, Span s, List<Place> candidates, String lang);
}
