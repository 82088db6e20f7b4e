package com.footballcoach.simulator;

import com.footballcoach.simulator.MatchScript.SegmentPlan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The engine's pictures of one run, drawn from the simulated positions and segments with
 * {@code java.awt} (headless): a heat map of team A, a grid with one small heat map per player,
 * the movement trails of every player and the ball, and a possession chart per segment.
 * Team A is the coached team (blue), team B the opponent (red).
 */
final class OutputImages {

    /** Pixels per metre of pitch. */
    private static final int SCALE = 6;
    private static final int MARGIN = 12;
    private static final int PITCH_W = (int) Math.round(OutputFiles.PITCH_LENGTH * SCALE);
    private static final int PITCH_H = (int) Math.round(OutputFiles.PITCH_WIDTH * SCALE);
    static final Color GRASS = new Color(0x2E7D32);
    private static final Color LINES = new Color(255, 255, 255, 200);
    static final Color TEAM_A = new Color(0x1E88E5);
    static final Color TEAM_B = new Color(0xE53935);
    private static final int CELL_M = 3;

    private OutputImages() {
    }

    /** Where team A's players were, counted per 3 m cell, from cold (transparent) to hot (red). */
    static BufferedImage heatmap(List<OutputFiles.Frame> frames) {
        BufferedImage image = canvas(PITCH_W + 2 * MARGIN, PITCH_H + 2 * MARGIN + 24);
        Graphics2D g = graphics(image);
        pitch(g, MARGIN, MARGIN, SCALE);
        heat(g, frames, 0, 11, MARGIN, MARGIN, SCALE);
        caption(g, "Team A heat map - " + frames.size() + " s tracked", MARGIN, PITCH_H + MARGIN + 18);
        g.dispose();
        return image;
    }

    /** One small pitch per tracked player with that player's heat map, six to a row. */
    static BufferedImage playerGrid(List<OutputFiles.Frame> frames) {
        int players = frames.isEmpty() ? 0 : frames.get(0).players().length;
        int columns = 6;
        int rows = Math.max(1, (players + columns - 1) / columns);
        int scale = 2;
        int cellW = PITCH_W / SCALE * scale + 2 * 6;
        int cellH = PITCH_H / SCALE * scale + 2 * 6 + 14;
        BufferedImage image = canvas(columns * cellW, rows * cellH);
        Graphics2D g = graphics(image);
        for (int p = 0; p < players; p++) {
            int x = (p % columns) * cellW + 6;
            int y = (p / columns) * cellH + 6;
            pitch(g, x, y, scale);
            heat(g, frames, p, p + 1, x, y, scale);
            g.setColor(p < 11 ? TEAM_A : TEAM_B);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            g.drawString("#" + (p + 1) + (p < 11 ? " team A" : " team B"), x, y + PITCH_H / SCALE * scale + 12);
        }
        g.dispose();
        return image;
    }

    /** Every player's path over the tracked seconds in the team colour, the ball's in white. */
    static BufferedImage movementTrail(List<OutputFiles.Frame> frames) {
        BufferedImage image = canvas(PITCH_W + 2 * MARGIN, PITCH_H + 2 * MARGIN + 24);
        Graphics2D g = graphics(image);
        pitch(g, MARGIN, MARGIN, SCALE);
        int players = frames.isEmpty() ? 0 : frames.get(0).players().length;
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int p = 0; p < players; p++) {
            Path2D.Double trail = new Path2D.Double();
            for (int i = 0; i < frames.size(); i++) {
                double[] at = frames.get(i).players()[p];
                double x = MARGIN + at[0] * SCALE;
                double y = MARGIN + at[1] * SCALE;
                if (i == 0) {
                    trail.moveTo(x, y);
                } else {
                    trail.lineTo(x, y);
                }
            }
            Color colour = p < 11 ? TEAM_A : TEAM_B;
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170));
            g.draw(trail);
            if (!frames.isEmpty()) {
                double[] last = frames.get(frames.size() - 1).players()[p];
                g.setColor(colour);
                g.fillOval((int) (MARGIN + last[0] * SCALE) - 5, (int) (MARGIN + last[1] * SCALE) - 5, 10, 10);
            }
        }
        Path2D.Double ball = new Path2D.Double();
        for (int i = 0; i < frames.size(); i++) {
            double[] at = frames.get(i).ball();
            if (i == 0) {
                ball.moveTo(MARGIN + at[0] * SCALE, MARGIN + at[1] * SCALE);
            } else {
                ball.lineTo(MARGIN + at[0] * SCALE, MARGIN + at[1] * SCALE);
            }
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {6f, 4f}, 0f));
        g.draw(ball);
        caption(g, "Movement trails - team A blue, team B red, ball white", MARGIN, PITCH_H + MARGIN + 18);
        g.dispose();
        return image;
    }

    /** Possession of both teams per segment as stacked bars, with the match share in the title. */
    static BufferedImage possessionChart(MatchScript script, double teamAPct) {
        List<SegmentPlan> segments = script.segments();
        int chartH = 260;
        int left = 48;
        int top = 40;
        int barW = Math.max(8, Math.min(48, 640 / Math.max(1, segments.size())));
        int gap = Math.max(2, barW / 4);
        int width = Math.max(480, left + segments.size() * (barW + gap) + 24);
        BufferedImage image = new BufferedImage(width, top + chartH + 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString("Possession - team A %.1f %% / team B %.1f %%".formatted(teamAPct, 100 - teamAPct), left, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = top + chartH - pct * chartH / 100;
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, y, width - 16, y);
            g.setColor(Color.GRAY);
            g.drawString(pct + "%", 8, y + 4);
        }
        for (int i = 0; i < segments.size(); i++) {
            SegmentReport report = segments.get(i).report();
            double a = report.analysis().possessionTeamAPct();
            int x = left + gap + i * (barW + gap);
            int heightA = (int) Math.round(a / 100 * chartH);
            g.setColor(TEAM_A);
            g.fillRect(x, top + chartH - heightA, barW, heightA);
            g.setColor(TEAM_B);
            g.fillRect(x, top, barW, chartH - heightA);
            if (barW >= 14) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(Integer.toString(report.segmentIndex()), x + barW / 2 - 3, top + chartH + 14);
            }
        }
        int fifty = top + chartH / 2;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        g.drawLine(left, fifty, width - 16, fifty);
        g.setColor(Color.DARK_GRAY);
        g.drawString("segment", left, top + chartH + 32);
        g.dispose();
        return image;
    }

    /** Where players {@code fromPlayer..toPlayer-1} were over {@code frames}, per 3 m cell, cold to hot. */
    static void heat(Graphics2D g, List<OutputFiles.Frame> frames, int fromPlayer, int toPlayer, int x0,
            int y0, int scale) {
        int columns = (int) Math.ceil(OutputFiles.PITCH_LENGTH / CELL_M);
        int rows = (int) Math.ceil(OutputFiles.PITCH_WIDTH / CELL_M);
        int[][] counts = new int[columns][rows];
        int max = 0;
        for (OutputFiles.Frame frame : frames) {
            for (int p = fromPlayer; p < toPlayer; p++) {
                double[] at = frame.players()[p];
                int c = Math.min(columns - 1, (int) (at[0] / CELL_M));
                int r = Math.min(rows - 1, (int) (at[1] / CELL_M));
                max = Math.max(max, ++counts[c][r]);
            }
        }
        if (max == 0) {
            return;
        }
        int cell = CELL_M * scale;
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                if (counts[c][r] == 0) {
                    continue;
                }
                float level = (float) Math.sqrt(counts[c][r] / (double) max);
                Color hot = Color.getHSBColor(0.66f * (1 - level), 1f, 1f);
                g.setColor(new Color(hot.getRed(), hot.getGreen(), hot.getBlue(), (int) (90 + 150 * level)));
                g.fillRect(x0 + c * cell, y0 + r * cell, cell, cell);
            }
        }
    }

    static void pitch(Graphics2D g, int x, int y, int scale) {
        int w = (int) Math.round(OutputFiles.PITCH_LENGTH * scale);
        int h = (int) Math.round(OutputFiles.PITCH_WIDTH * scale);
        g.setColor(GRASS);
        g.fillRect(x, y, w, h);
        g.setColor(LINES);
        g.setStroke(new BasicStroke(Math.max(1f, scale / 3f)));
        g.drawRect(x, y, w, h);
        g.drawLine(x + w / 2, y, x + w / 2, y + h);
        int circle = (int) Math.round(9.15 * scale);
        g.drawOval(x + w / 2 - circle, y + h / 2 - circle, 2 * circle, 2 * circle);
        int boxDepth = (int) Math.round(16.5 * scale);
        int boxWidth = (int) Math.round(40.3 * scale);
        g.drawRect(x, y + (h - boxWidth) / 2, boxDepth, boxWidth);
        g.drawRect(x + w - boxDepth, y + (h - boxWidth) / 2, boxDepth, boxWidth);
    }

    private static void caption(Graphics2D g, String text, int x, int y) {
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(text, x, y);
    }

    private static BufferedImage canvas(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1B3A1D));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }
}
