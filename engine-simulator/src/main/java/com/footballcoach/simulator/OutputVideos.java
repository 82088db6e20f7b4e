package com.footballcoach.simulator;

import com.footballcoach.simulator.media.H264Videos;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine's three videos of one run, drawn from the simulated positions with {@code java.awt}
 * (headless) and encoded as H.264 ({@link H264Videos}): a time-lapse of the analysed video in
 * {@value #FRAMES} frames at {@value #FPS} fps, each frame at an evenly spaced match time from
 * the first to the last tracked second, positions interpolated between two tracked seconds.
 * Team A is the coached team (blue), team B the opponent (red).
 *
 * <ul>
 *   <li>heat map: team A's heat map building up from kick-off to the frame's time;</li>
 *   <li>back line: team A's back four joined by its line, the line's depth in metres, its
 *       earlier depths fading, team B's two forwards and the ball;</li>
 *   <li>animation: the 22 players and the ball, each with a short trail.</li>
 * </ul>
 */
final class OutputVideos {

    static final int WIDTH = 336;
    static final int HEIGHT = 240;
    static final int FRAMES = 20;
    static final int FPS = 5;

    /**
     * Pixels per metre: the 105 × 68 m pitch is 315 × 204 px, with a caption band below. The
     * frame, 336 × 240, is 21 × 15 macroblocks, so the H.264 picture needs no cropping.
     */
    private static final int SCALE = 3;
    private static final int MARGIN = 10;
    private static final int CAPTION_Y = HEIGHT - 13;
    private static final Color BACKGROUND = new Color(0x1B3A1D);
    private static final Color LINE = new Color(0xFFD600);
    /** Team A's back four in {@link OutputFiles.Frame#players()}: after the goalkeeper (0). */
    private static final int[] BACK_FOUR = {1, 2, 3, 4};
    /** Team B's two forwards. */
    private static final int[] FORWARDS_B = {20, 21};
    /** Seconds of trail behind each player in the animation. */
    private static final double TRAIL_SECONDS = 3;

    private OutputVideos() {
    }

    static void heatmap(Path file, List<OutputFiles.Frame> frames) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        H264Videos.write(file, FPS, FRAMES, index -> {
            double time = time(frames, index);
            Graphics2D g = background(image);
            OutputImages.heat(g, frames.subList(0, (int) Math.floor(time) + 1), 0, 11, MARGIN, MARGIN, SCALE);
            caption(g, "Team A heat map  00:00-" + MatchScript.clock(time));
            g.dispose();
            return image;
        });
    }

    static void backline(Path file, List<OutputFiles.Frame> frames) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        H264Videos.write(file, FPS, FRAMES, index -> {
            double time = time(frames, index);
            Graphics2D g = background(image);
            g.setStroke(new BasicStroke(1f));
            for (int earlier = 0; earlier < index; earlier++) {
                double x = px(depth(frames, time(frames, earlier)));
                g.setColor(new Color(255, 214, 0, 30 + 100 * earlier / Math.max(1, index)));
                g.draw(new Line2D.Double(x, MARGIN, x, MARGIN + OutputFiles.PITCH_WIDTH * SCALE));
            }
            double depth = depth(frames, time);
            g.setColor(new Color(255, 255, 255, 170));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    new float[] {4f, 4f}, 0f));
            g.draw(new Line2D.Double(px(depth), MARGIN, px(depth), MARGIN + OutputFiles.PITCH_WIDTH * SCALE));
            Path2D.Double line = new Path2D.Double();
            for (int i = 0; i < BACK_FOUR.length; i++) {
                double[] at = position(frames, time, BACK_FOUR[i]);
                if (i == 0) {
                    line.moveTo(px(at[0]), px(at[1]));
                } else {
                    line.lineTo(px(at[0]), px(at[1]));
                }
            }
            g.setColor(LINE);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            for (int player : BACK_FOUR) {
                dot(g, position(frames, time, player), 5, OutputImages.TEAM_A);
            }
            for (int player : FORWARDS_B) {
                dot(g, position(frames, time, player), 5, OutputImages.TEAM_B);
            }
            dot(g, ball(frames, time), 3, Color.WHITE);
            caption(g, "Team A back line  %s  %.1f m".formatted(MatchScript.clock(time), depth));
            g.dispose();
            return image;
        });
    }

    static void animation(Path file, List<OutputFiles.Frame> frames) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        int players = frames.get(0).players().length;
        H264Videos.write(file, FPS, FRAMES, index -> {
            double time = time(frames, index);
            double from = Math.max(0, time - TRAIL_SECONDS);
            Graphics2D g = background(image);
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int p = 0; p < players; p++) {
                Color team = p < 11 ? OutputImages.TEAM_A : OutputImages.TEAM_B;
                g.setColor(new Color(team.getRed(), team.getGreen(), team.getBlue(), 120));
                g.draw(trail(frames, from, time, p));
            }
            for (int p = 0; p < players; p++) {
                dot(g, position(frames, time, p), 5, p < 11 ? OutputImages.TEAM_A : OutputImages.TEAM_B);
            }
            double[] ball = ball(frames, time);
            dot(g, ball, 3.5, Color.WHITE);
            caption(g, MatchScript.clock(time) + "  team A blue, team B red");
            g.dispose();
            return image;
        });
    }

    /** The match time of a frame, in seconds: from 0 to the last tracked second, evenly spaced. */
    static double time(List<OutputFiles.Frame> frames, int index) {
        return Math.min(frames.size() - 1, (double) index * (frames.size() - 1) / (FRAMES - 1));
    }

    /** The back four's mean distance from team A's goal line, in metres. */
    private static double depth(List<OutputFiles.Frame> frames, double time) {
        double sum = 0;
        for (int player : BACK_FOUR) {
            sum += position(frames, time, player)[0];
        }
        return sum / BACK_FOUR.length;
    }

    private static Path2D.Double trail(List<OutputFiles.Frame> frames, double from, double to, int player) {
        Path2D.Double trail = new Path2D.Double();
        double[] start = position(frames, from, player);
        trail.moveTo(px(start[0]), px(start[1]));
        for (int second = (int) Math.floor(from) + 1; second < to; second++) {
            double[] at = frames.get(second).players()[player];
            trail.lineTo(px(at[0]), px(at[1]));
        }
        double[] end = position(frames, to, player);
        trail.lineTo(px(end[0]), px(end[1]));
        return trail;
    }

    private static double[] position(List<OutputFiles.Frame> frames, double time, int player) {
        int before = (int) Math.floor(time);
        int after = Math.min(frames.size() - 1, before + 1);
        return lerp(frames.get(before).players()[player], frames.get(after).players()[player], time - before);
    }

    private static double[] ball(List<OutputFiles.Frame> frames, double time) {
        int before = (int) Math.floor(time);
        int after = Math.min(frames.size() - 1, before + 1);
        return lerp(frames.get(before).ball(), frames.get(after).ball(), time - before);
    }

    private static double[] lerp(double[] a, double[] b, double t) {
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t};
    }

    private static void dot(Graphics2D g, double[] at, double radius, Color colour) {
        Ellipse2D.Double shape = new Ellipse2D.Double(px(at[0]) - radius, px(at[1]) - radius, 2 * radius, 2 * radius);
        g.setColor(colour);
        g.fill(shape);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(shape);
    }

    /** Metres on the pitch (either axis) to pixels in the frame. */
    private static double px(double metres) {
        return MARGIN + metres * SCALE;
    }

    private static Graphics2D background(BufferedImage image) {
        Graphics2D g = OutputImages.graphics(image);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        OutputImages.pitch(g, MARGIN, MARGIN, SCALE);
        return g;
    }

    private static void caption(Graphics2D g, String text) {
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(text, MARGIN, CAPTION_Y);
    }
}
