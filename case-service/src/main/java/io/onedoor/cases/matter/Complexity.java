package io.onedoor.cases.matter;

/**
 * A matter's class (简易/一般/疑难), which decides its deadlines. Set at intake from the rules of
 * its category's standard path; a matter no rule classes is NORMAL.
 */
public enum Complexity {
    SIMPLE,
    NORMAL,
    DIFFICULT
}
