package org.conflictmap.gazetteer;

/**
 * One key of the compiled index.
 *
 * @param key      normalised key
 * @param flags    {@link GazetteerFormat#KEY_NAME} and/or {@link GazetteerFormat#KEY_DEMONYM}
 * @param ordinals place ordinals (indexes into the id-sorted place list), best prior first
 */
public record CompiledKey(String key, int flags, int[] ordinals) {
}
