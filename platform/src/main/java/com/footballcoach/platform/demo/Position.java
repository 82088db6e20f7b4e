package com.footballcoach.platform.demo;

/** The player positions the schema allows ({@code ck_players_position}). */
enum Position {
    GK, DEF, MID, FWD
}
