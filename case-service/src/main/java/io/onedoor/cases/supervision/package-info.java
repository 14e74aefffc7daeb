/**
 * Supervision (督办): an item opened when a matter or assignment turns red, an assignment stays
 * unsigned past the set time, a lock misses its deadline or a follow-up is unsatisfied after the
 * reopenings, or by a supervisor's hand (and, from issue 12, handed down by a superior center); it
 * names the responsible unit and person, runs to its own deadline with its own light and reminders
 * (催办), and moves through interview, notices and recommendation to its close after verification.
 * Every step is recorded in the item and in the matter's timeline; the board counts the center's
 * items by light, unit and age.
 */
@NullMarked
package io.onedoor.cases.supervision;

import org.jspecify.annotations.NullMarked;
