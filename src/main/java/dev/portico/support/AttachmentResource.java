package dev.portico.support;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.http.ContentDisposition;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Ticket attachments: uploaded first (multipart field {@code file}), then named in a ticket or a reply. */
@Path("/v1/ticket-attachments")
@Tag(name = "Tickets")
@RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT})
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadAttachment", summary = "Upload a file (at most 20 MB: 413; its type is checked from the content against text, logs, "
            + "configuration files, images, PDF and zip, never a web page or SVG: 415)",
            description = "Uploads count against a limit per person (30 an hour by default; then 429 with Retry-After). Files not "
                    + "attached to a ticket or reply yet may take 100 MB per person by default (beyond: 422 "
                    + "`/problems/upload-quota-exceeded`) and are deleted 24 hours after upload.",
            extensions = @Extension(name = "x-problems", value = "payload-too-large,unsupported-media-type,upload-quota-exceeded"))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = TicketViews.AttachmentView.class)))
    public Response upload(@RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            format = "binary", maxLength = 20 * 1024 * 1024) FileUpload file, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        if (file == null) {
            throw dev.portico.platform.problem.ProblemException.invalid("file",
                    dev.portico.platform.problem.Message.of("field.file-required"));
        }
        TicketViews.AttachmentView uploaded = attachments.upload(file.uploadedFile(), file.fileName(), file.size());
        return Response.created(uri.getAbsolutePathBuilder().path(uploaded.id().toString()).build())
                .entity(uploaded).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file, always as an attachment; typed as detected from its content at upload, "
            + "or application/octet-stream for any type a browser could render as active content",
            content = @Content(mediaType = "*/*",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            headers = {
                    @Header(name = "Content-Disposition", description = "`attachment` with the file name as RFC 8187 "
                            + "`filename*=UTF-8''…` and as an ASCII `filename=\"…\"` (RFC 6266)",
                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 2048)),
                    @Header(name = "X-Content-Type-Options", description = "Always `nosniff`",
                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = "nosniff"))})
    public Response download(@PathParam("id") UUID id) {
        AttachmentService.Download file = attachments.download(id);
        return Response.ok(file.content(), AttachmentTypes.servedAs(file.mediaType()))
                .header("Content-Length", file.size())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                // should a browser render it anyway: no scripts, no plugins, an opaque origin
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }
}
