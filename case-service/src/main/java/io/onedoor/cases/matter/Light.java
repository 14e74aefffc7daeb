package io.onedoor.cases.matter;

import java.util.Collection;

/** A clock's traffic light (亮灯): on time, near its due, overdue. */
public enum Light {
    GREEN,
    YELLOW,
    RED;

    /** The worst of the lights, GREEN for none. */
    public static Light worst(Collection<Light> lights) {
        Light worst = GREEN;
        for (Light light : lights) {
            if (light.compareTo(worst) > 0) {
                worst = light;
            }
        }
        return worst;
    }
}
