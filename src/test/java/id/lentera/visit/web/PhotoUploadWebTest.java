package id.lentera.visit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.lentera.account.CurrentUser;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import id.lentera.visit.VisitPhotos;
import id.lentera.visit.VisitProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A photo cannot take the server down: bombs and large photos sent at once get no 500 and bounded
 * memory; when every decoding slot is taken the answer is 503 "coba lagi" and the visit form comes
 * back with what was typed; an account over its uploads gets 429; photos are never cached.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoUploadWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisitPhotos photos;
    @Autowired
    JdbcTemplate jdbc;

    VisitFixtures fx;
    CurrentUser worker;
    long caseId;

    @BeforeAll
    void aCase() {
        fx = new VisitFixtures(context);
        worker = fx.office.worker;
        caseId = fx.aCase("Foto Beban");
    }

    MockMultipartHttpServletRequestBuilder upload(long visitId, byte[] photo) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/visits/" + visitId + "/photos")
                .file(new MockMultipartFile("photo", "rumah.png", "image/png", photo)).with(csrf()).with(as(worker))
                .accept(MediaType.APPLICATION_JSON);
    }

    /** The visit form without JavaScript: the fields typed at the door and one photo. */
    MockMultipartHttpServletRequestBuilder record(long visitId, byte[] photo) {
        var request = multipart("/visits/" + visitId + "/record")
                .file(new MockMultipartFile("photos", "rumah.png", "image/png", photo)).with(csrf()).with(as(worker))
                .accept(MediaType.TEXT_HTML);
        request.param("key", UUID.randomUUID().toString()).param("visitedOn", TestClock.today().toString())
                .param("startedAt", "10:15").param("place", "HOME").param("purpose", "MONITORING")
                .param("observations", "Dinding retak di kamar belakang").param("metWith", "Pak Darmin")
                .param("noPositionReason", "GPS mati");
        return request;
    }

    @Test
    void eightUploadsAtOnceOfBombsAndLargePhotosGetNoServerErrorAndStayWithinBoundedMemory() throws Exception {
        byte[] bomb = VisitFixtures.blankPng(8000, 6000, false);
        byte[] large = VisitFixtures.blankPng(6000, 4000, true);
        // five photos per visit at most: each upload its own visit
        List<Long> visits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            visits.add(fx.plannedToday(caseId));
        }
        record Answer(int status, String body, long allocated, boolean bomb) {
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean isBomb = i % 2 == 0;
                long visit = visits.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    long before = VisitFixtures.allocatedByThisThread();
                    MockHttpServletResponse response = mvc.perform(upload(visit, isBomb ? bomb : large)).andReturn()
                            .getResponse();
                    return new Answer(response.getStatus(), response.getContentAsString(),
                            VisitFixtures.allocatedByThisThread() - before, isBomb);
                }));
            }
            start.countDown();
            int taken = 0;
            int refused = 0;
            for (Future<Answer> future : answers) {
                Answer answer = future.get(2, TimeUnit.MINUTES);
                if (answer.bomb()) {
                    // refused from its header, once it had its turn (or, after waiting, asked to come back)
                    assertThat(answer.status()).as(answer.body()).isIn(422, 503);
                    if (answer.status() == 422) {
                        assertThat(answer.body()).contains("Resolusi gambar ini terlalu besar");
                        refused++;
                    }
                } else {
                    assertThat(answer.status()).as(answer.body()).isIn(200, 503);
                    if (answer.status() == 503) {
                        assertThat(answer.body()).contains("Coba lagi");
                    } else {
                        taken++;
                    }
                }
                // a whole decode of either would allocate 190 MB and more
                assertThat(answer.allocated()).as("bytes allocated by one upload").isLessThan(64L * 1024 * 1024);
            }
            assertThat(taken).as("large photos taken").isPositive();
            assertThat(refused).as("bombs refused").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenEveryDecodingSlotIsTakenThePhotoUploadSays503CobaLagi() throws Exception {
        long visit = fx.plannedToday(caseId);
        MockHttpServletResponse response = VisitFixtures.whileEveryDecodingSlotIsTaken(context,
                () -> mvc.perform(upload(visit, VisitFixtures.png(64, 48))).andReturn().getResponse());
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getContentAsString()).contains("Coba lagi");
        assertThat(jdbc.queryForObject("select count(*) from visit_photo where visit_id = ?", Integer.class, visit))
                .isZero();
    }

    @Test
    void whenEveryDecodingSlotIsTakenTheVisitFormComesBackWith503AndWhatWasTyped() throws Exception {
        long visit = fx.plannedToday(caseId);
        MockHttpServletResponse response = VisitFixtures.whileEveryDecodingSlotIsTaken(context,
                () -> mvc.perform(record(visit, VisitFixtures.png(64, 48))).andReturn().getResponse());
        assertThat(response.getStatus()).isEqualTo(503);
        String html = response.getContentAsString();
        int error = html.indexOf("id=\"photos-error\"");
        assertThat(error).as("the message next to the photos").isPositive();
        assertThat(html.substring(error, Math.min(html.length(), error + 300))).contains("Coba lagi");
        assertThat(html).contains("Dinding retak di kamar belakang", "Pak Darmin", "GPS mati");
        assertThat(fx.count("id = ? and status = 'PLANNED'", visit)).as("nothing saved").isEqualTo(1);
        // once a slot is free, the same form goes through
        var again = mvc.perform(record(visit, VisitFixtures.png(64, 48))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(302);
        assertThat(fx.count("id = ? and status = 'DONE'", visit)).isEqualTo(1);
    }

    @Test
    void anAccountOverItsUploadsGets429OnBothWaysInAndTheFormKept() throws Exception {
        int limit = context.getBean(VisitProperties.class).photoUploads();
        long visit = fx.plannedToday(caseId);
        // the account used up its uploads of the window a moment ago (on any instance: the count is in the database)
        var now = java.sql.Timestamp.from(TestClock.get().instant());
        jdbc.update("""
                insert into photo_upload_window (account_id, window_start, uploads) values (?, ?, ?)
                on conflict (account_id) do update set window_start = excluded.window_start, uploads = excluded.uploads""",
                worker.id(), now, limit);
        try {
            var json = mvc.perform(upload(visit, VisitFixtures.png(64, 48))).andReturn().getResponse();
            assertThat(json.getStatus()).isEqualTo(429);
            assertThat(json.getContentAsString()).contains("Terlalu banyak foto");
            assertThat(Long.parseLong(json.getHeader("Retry-After"))).isPositive();
            var form = mvc.perform(record(visit, VisitFixtures.png(64, 48))).andReturn().getResponse();
            assertThat(form.getStatus()).isEqualTo(429);
            assertThat(form.getContentAsString()).contains("Terlalu banyak foto", "Dinding retak di kamar belakang");
            assertThat(fx.count("id = ? and status = 'PLANNED'", visit)).as("nothing saved").isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from visit_photo where visit_id = ?", Integer.class, visit))
                    .isZero();
        } finally {
            jdbc.update("delete from photo_upload_window where account_id = ?", worker.id());
        }
    }

    @Test
    void photosAndThumbnailsAreSentWithNoStore() throws Exception {
        long visit = fx.plannedToday(caseId);
        byte[] png = VisitFixtures.png(80, 60);
        UUID id = SignedIn.run(worker, () -> photos.add(visit, png.length, () -> png, worker)).publicId();
        for (String path : List.of("/visits/photos/" + id, "/visits/photos/" + id + "/thumb")) {
            for (CurrentUser reader : List.of(worker, fx.office.supervisor, fx.office.head)) {
                var response = mvc.perform(get(path).with(as(reader))).andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store")
                        .doesNotContain("max-age=3600").doesNotContain("public");
            }
        }
    }
}
