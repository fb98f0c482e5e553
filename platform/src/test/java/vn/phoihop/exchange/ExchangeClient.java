package vn.phoihop.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.Api;

/** Multipart uploads and binary downloads against the exchange API, over real HTTP. */
final class ExchangeClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    final Api api;

    ExchangeClient(int port) {
        this.base = "http://localhost:" + port;
        this.api = new Api(port);
    }

    record Upload(int status, JsonNode body, String receiptJws) {
        String code() {
            return body.path("code").asString();
        }
    }

    record Download(int status, byte[] body, String contentType) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Upload submit(String token, String dataset, String fileName, byte[] content, String idempotencyKey,
            Long obligationId) {
        String boundary = "----phoihop" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = "?dataset=" + dataset + (obligationId == null ? "" : "&obligation_id=" + obligationId);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Upload(response.statusCode(), JSON.readTree(response.body()),
                    response.headers().firstValue("Receipt-Jws").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("upload failed", e);
        }
    }

    /** Streams a file from disk as the multipart body, without holding it in memory. */
    Upload submitFile(String token, String dataset, Path file) {
        String boundary = "----phoihop" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions?dataset=" + dataset))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Upload(response.statusCode(), JSON.readTree(response.body()),
                    response.headers().firstValue("Receipt-Jws").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("upload failed", e);
        }
    }

    private static HttpRequest.BodyPublisher ofFile(Path file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file);
        } catch (java.io.FileNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    Upload submit(String token, String dataset, String fileName, String content) {
        return submit(token, dataset, fileName, content.getBytes(StandardCharsets.UTF_8), null, null);
    }

    Download download(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("download failed", e);
        }
    }

    Api.Response postText(String path, String token, String text) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/jose")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("request failed", e);
        }
    }
}
