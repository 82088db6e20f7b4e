package com.footballcoach.product.club;

import com.footballcoach.platform.web.InvalidInput;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The app sends {@code dominant_foot} as the label of its dropdown in the user's language; this
 * maps the English, French and Arabic labels to the stored {@code left}/{@code right}/{@code both}.
 */
final class DominantFoot {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("left", "left"), Map.entry("right", "right"), Map.entry("both", "both"),
            Map.entry("gauche", "left"), Map.entry("droit", "right"), Map.entry("droite", "right"),
            Map.entry("les deux", "both"), Map.entry("ambidextre", "both"),
            Map.entry("يسار", "left"), Map.entry("اليسرى", "left"), Map.entry("يسرى", "left"),
            Map.entry("يمين", "right"), Map.entry("اليمنى", "right"), Map.entry("يمنى", "right"),
            Map.entry("كلاهما", "both"), Map.entry("كلتاهما", "both"));

    private DominantFoot() {
    }

    static @Nullable String normalize(@Nullable String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String foot = LABELS.get(label.trim().toLowerCase(Locale.ROOT));
        if (foot == null) {
            throw new InvalidInput("dominant_foot", "dominant_foot must be left, right or both.");
        }
        return foot;
    }
}
