package com.footballcoach.product.detection;

import com.footballcoach.platform.web.DomainException;
import com.footballcoach.product.media.ImageCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/detect} (multipart {@code file}). The original answered fixed placeholder
 * detections to anyone; here the caller must be signed in, the image must pass {@link ImageCheck},
 * and the answer is a 501 problem that points to where detection really runs.
 */
@RestController
@Tag(name = "Detection")
class DetectionController {

    private final ImageCheck images;

    DetectionController(ImageCheck images) {
        this.images = images;
    }

    @Operation(summary = "Detect players and ball on one image: not served by this API (501)",
            description = "Detection runs in the tracking engine, on the analysis path: upload the match video to "
                    + "POST /api/analyze_match on the analysis API (:8001); its segments and tracking outputs carry "
                    + "what the engine detected. The image (multipart part 'file') is checked first: a complete PNG, "
                    + "JPEG or WebP of at most IMAGE_MAX_UPLOAD.")
    @ApiResponse(responseCode = "501", description = "Detection is not served here; the problem's detail says where",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "400", description = "No 'file' part",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The image is larger than IMAGE_MAX_UPLOAD",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not multipart, or the file is no complete PNG, JPEG or WebP",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The file is empty",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/detect", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    void detect(@RequestPart("file") MultipartFile file) {
        images.image(file);
        throw new DetectionRunsInTheEngine();
    }

    /** Detection on single images is not offered by this API (501). */
    static final class DetectionRunsInTheEngine extends DomainException {
        DetectionRunsInTheEngine() {
            super(HttpStatus.NOT_IMPLEMENTED, "Detection runs in the tracking engine, on the analysis path: upload "
                    + "the match video to POST /api/analyze_match on the analysis API (:8001); its segments and "
                    + "tracking outputs carry what the engine detected.");
        }
    }
}
