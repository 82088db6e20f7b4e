package com.footballcoach.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON carried in the {@code message} of a {@code SEGMENT_DONE} packet. */
record SegmentReport(
        int segmentIndex,
        double startSec,
        double endSec,
        double videoStartSec,
        Analysis analysis,
        String recommendation,
        double severityScore,
        String severityLabel,
        String status) {

    /** The metrics of one window; team A is the coached team. */
    record Analysis(
            @JsonProperty("possession_team_a_pct") double possessionTeamAPct,
            @JsonProperty("possession_team_b_pct") double possessionTeamBPct,
            @JsonProperty("backline_gaps_team_a") int backlineGapsTeamA,
            @JsonProperty("backline_gaps_team_b") int backlineGapsTeamB,
            @JsonProperty("zone_entropy") double zoneEntropy,
            @JsonProperty("pressing_intensity") double pressingIntensity,
            @JsonProperty("compactness_m") double compactnessM,
            @JsonProperty("fatigue_index") double fatigueIndex,
            @JsonProperty("transition_exposure") double transitionExposure,
            @JsonProperty("team_a") TeamSeverity teamA,
            @JsonProperty("team_b") TeamSeverity teamB,
            @JsonProperty("tactical_narrative") String tacticalNarrative,
            @JsonProperty("team_a_tags") List<String> teamATags,
            @JsonProperty("team_b_tags") List<String> teamBTags) {
    }

    record TeamSeverity(String severityLabel, double severityScore) {
    }
}
