package com.footballcoach.platform.demo;

/**
 * How big a demo league is. Every club fields {@code teamsPerClub} teams of thirty players; team
 * {@code n} of every club plays in division {@code n}, and the demo club's two teams play in the
 * first division. Each division plays a double round robin per season, two seasons (the last one
 * about three quarters played).
 *
 * @param clubs           clubs besides the demo clubs, each with an owner login
 * @param teamsPerClub    teams per club, so also the number of divisions
 * @param analysedMatches the latest first-division matches that get an analysis run
 * @param segmentsPerRun  analysis segments per run (360 = a 90-minute match in 15-second segments)
 * @param alertsPerRun    about how many tactical alerts each run raised
 * @param passEvents      about how many {@code pass} events a match records
 */
public record LeagueSize(int clubs, int teamsPerClub, int analysedMatches, int segmentsPerRun, int alertsPerRun,
        int passEvents) {

    /** Players per team: 3 goalkeepers, 10 defenders, 10 midfielders, 7 forwards. */
    public static final int PLAYERS_PER_TEAM = 30;

    /** {@code DEMO_DATA=league}: 20 clubs, 60 teams, 1,800 players, about 2,200 completed matches. */
    public static final LeagueSize FULL = new LeagueSize(20, 3, 300, 360, 15, 176);

    public LeagueSize {
        if (clubs < 1 || teamsPerClub < 1 || analysedMatches < 0 || segmentsPerRun < 1 || alertsPerRun < 1
                || passEvents < 0) {
            throw new IllegalArgumentException("Not a league size: " + clubs + " clubs, " + teamsPerClub
                    + " teams per club, " + analysedMatches + " analysed matches");
        }
    }

    /** How this size is recorded in {@code app_settings} once loaded. */
    String label() {
        return clubs + " clubs x " + teamsPerClub + " teams, " + analysedMatches + " analysed matches x "
                + segmentsPerRun + " segments, ~" + alertsPerRun + " alerts, ~" + passEvents + " passes";
    }
}
