// The yardstick: the same work as the service's hot endpoints with nothing but the JDK's HTTP server, pgjdbc
// prepared statements (one connection per worker thread) and JSON by hand. A bound to measure against, not a
// product: it validates only what the work needs.
//
//   java -cp postgresql.jar bench/lean/LeanServer.java PORT JDBC_URL USER JWT_SECRET [THREADS] [ISSUER]
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.*;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class LeanServer {
    static final String VIEW = "select u.id, u.name, u.email, p.version, p.bio, p.avatar_url, p.website_url, p.twitter,"
            + " p.github, p.updated_at from users u left join user_profiles p on u.id = p.user_id ";
    static String url, user, issuer;
    static byte[] secret;

    record Db(Connection c, PreparedStatement get, PreparedStatement page, PreparedStatement session,
            PreparedStatement lock, PreparedStatement update) {}

    static final ThreadLocal<Db> DB = ThreadLocal.withInitial(() -> {
        try {
            Connection c = DriverManager.getConnection(url, user, "");
            return new Db(c, c.prepareStatement(VIEW + "where u.id = ?"),
                    c.prepareStatement(VIEW + "where u.id > ? order by u.id limit ?"),
                    c.prepareStatement("select count(*) from sessions where id = ? and user_id = ? and revoked_at is null"
                            + " and idle_expires_at > ? and absolute_expires_at > ?"),
                    c.prepareStatement("select id, bio, avatar_url, website_url, twitter, github, version, updated_at"
                            + " from user_profiles where user_id = ? for no key update"),
                    c.prepareStatement("update user_profiles set bio = ?, twitter = ?, updated_at = ?,"
                            + " version = version + 1 where id = ? and version = ?"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    });

    public static void main(String[] args) throws Exception {
        url = args[1]; user = args[2]; secret = args[3].strip().getBytes(StandardCharsets.UTF_8);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        issuer = args.length > 5 ? args[5] : "accounts";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/livez", x -> {
            try (x) {
                send(x, 200, "{\"status\":\"UP\"}");
            }
        });
        server.createContext("/users", LeanServer::users);
        server.start();
    }

    static void users(HttpExchange x) {
        try (x) {
            byte[] body = x.getRequestBody().readAllBytes();
            String path = x.getRequestURI().getPath(), query = x.getRequestURI().getRawQuery();
            Db db = DB.get();
            if (path.equals("/users/me/profile") && x.getRequestMethod().equals("PUT")) {
                put(x, db, new String(body, StandardCharsets.UTF_8));
            } else if (path.equals("/users")) {
                long after = Long.parseLong(param(query, "after", "0"));
                int limit = Integer.parseInt(param(query, "limit", "20"));
                db.page.setLong(1, after);
                db.page.setInt(2, limit + 1);
                StringBuilder out = new StringBuilder("{\"items\":[");
                long last = 0;
                int n = 0;
                boolean more = false;
                try (ResultSet rs = db.page.executeQuery()) {
                    while (rs.next()) {
                        if (n == limit) { more = true; break; }
                        if (n++ > 0) out.append(',');
                        last = rs.getLong(1);
                        view(out, rs);
                    }
                }
                out.append("],\"next_cursor\":").append(more ? "\"" + last + "\"" : "null").append('}');
                send(x, 200, out.toString());
            } else {
                db.get.setLong(1, Long.parseLong(path.substring("/users/".length())));
                try (ResultSet rs = db.get.executeQuery()) {
                    if (!rs.next()) { send(x, 404, "{\"status\":404}"); return; }
                    send(x, 200, view(new StringBuilder(), rs).toString());
                }
            }
        } catch (Exception e) {
            try { send(x, 500, "{\"status\":500}"); } catch (Exception ignored) { }
        }
    }

    static StringBuilder view(StringBuilder out, ResultSet rs) throws SQLException {
        out.append("{\"id\":").append(rs.getLong(1)).append(",\"name\":").append(str(rs.getString(2)));
        if (rs.getObject(4) == null) return out.append(",\"profile\":null}");
        out.append(",\"profile\":{\"bio\":").append(str(rs.getString(5)))
                .append(",\"avatar_url\":").append(str(rs.getString(6)))
                .append(",\"website_url\":").append(str(rs.getString(7)))
                .append(",\"twitter\":").append(str(rs.getString(8)))
                .append(",\"github\":").append(str(rs.getString(9)))
                .append(",\"updated_at\":\"").append(rs.getObject(10, OffsetDateTime.class).toInstant()).append("\"}}");
        return out;
    }

    static void put(HttpExchange x, Db db, String body) throws Exception {
        long userId = bearerUser(x.getRequestHeaders().getFirst("Authorization"), db);
        if (userId < 0) { send(x, 401, "{\"status\":401}"); return; }
        Connection c = db.c;
        c.setAutoCommit(false);
        try {
            db.lock.setLong(1, userId);
            String[] f = new String[5];
            long id, version;
            try (ResultSet rs = db.lock.executeQuery()) {
                if (!rs.next()) { c.rollback(); send(x, 404, "{\"status\":404}"); return; }
                id = rs.getLong(1);
                for (int i = 0; i < 5; i++) f[i] = rs.getString(i + 2);
                version = rs.getLong(7);
            }
            String bio = field(body, "bio"), twitter = field(body, "twitter");
            if (bio != null) f[0] = bio;
            if (twitter != null) f[3] = twitter;
            OffsetDateTime now = OffsetDateTime.now();
            db.update.setString(1, f[0]);
            db.update.setString(2, f[3]);
            db.update.setObject(3, now);
            db.update.setLong(4, id);
            db.update.setLong(5, version);
            db.update.executeUpdate();
            c.commit();
            x.getResponseHeaders().set("ETag", "\"" + (version + 1) + "\"");
            send(x, 200, "{\"bio\":" + str(f[0]) + ",\"avatar_url\":" + str(f[1]) + ",\"website_url\":" + str(f[2])
                    + ",\"twitter\":" + str(f[3]) + ",\"github\":" + str(f[4]) + ",\"updated_at\":\""
                    + now.toInstant() + "\"}");
        } catch (Exception e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static final Pattern CLAIM = Pattern.compile("\"(sub|sid|exp|iss)\":\"?([^\",}]*)");

    /** The user id of a valid HS256 token whose session (its sid claim) is the user's and live, else -1. */
    static long bearerUser(String header, Db db) throws Exception {
        if (header == null || !header.startsWith("Bearer ")) return -1;
        String token = header.substring(7);
        int dot = token.lastIndexOf('.');
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] expected = mac.doFinal(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
        if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(token.substring(dot + 1)))) return -1;
        String claims = new String(Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1, dot)),
                StandardCharsets.UTF_8);
        long sub = -1, exp = 0;
        String iss = null, sid = null;
        for (Matcher m = CLAIM.matcher(claims); m.find(); ) {
            switch (m.group(1)) {
                case "sub" -> sub = Long.parseLong(m.group(2));
                case "sid" -> sid = m.group(2);
                case "exp" -> exp = Long.parseLong(m.group(2));
                default -> iss = m.group(2);
            }
        }
        if (exp * 1000 < System.currentTimeMillis() || !issuer.equals(iss) || sub < 0 || sid == null) return -1;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.session.setObject(1, UUID.fromString(sid));
        db.session.setLong(2, sub);
        db.session.setObject(3, now);
        db.session.setObject(4, now);
        try (ResultSet rs = db.session.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0 ? sub : -1;
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String param(String query, String name, String otherwise) {
        if (query != null) for (String pair : query.split("&")) if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
        return otherwise;
    }

    static String str(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> { if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch)); else out.append(ch); }
            }
        }
        return out.append('"').toString();
    }

    static void send(HttpExchange x, int status, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }
}
