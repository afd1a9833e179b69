package org.conflictmap.geoparse;

/**
 * A bounded, direct-mapped memo from strings to strings, for answers that never change (a word's nominative, an
 * adjective-noun pair's key): each question has one slot by its hash, and a new one evicts whatever held it.
 * Unlike a map cleared when full, it has no branch that is taken only once the memo fills, late in a long run:
 * such a branch, compiled as never taken, trapped and recompiled the matcher that inlined it. Not thread-safe:
 * one per thread.
 */
final class StringMemo {

    private final String[] questions;
    private final String[] answers;
    private final int mask;

    /** A memo of {@code capacity} slots (rounded up to a power of two). */
    StringMemo(int capacity) {
        int cap = 1;
        while (cap < capacity) {
            cap <<= 1;
        }
        questions = new String[cap];
        answers = new String[cap];
        mask = cap - 1;
    }

    /** The answer remembered for {@code question}, or null. */
    String get(String question) {
        int i = slot(question);
        return question.equals(questions[i]) ? answers[i] : null;
    }

    /** Remembers {@code answer} (not null) for {@code question}, evicting what held its slot. */
    void put(String question, String answer) {
        int i = slot(question);
        questions[i] = question;
        answers[i] = answer;
    }

    private int slot(String question) {
        int h = question.hashCode();
        return (h ^ h >>> 16) & mask;
    }
}
