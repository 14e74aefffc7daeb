package io.onedoor.tenants.accounts;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The platform's login page, which the authorization endpoint sends people to: in Simplified
 * Chinese unless the browser prefers English, self-contained (no script, its style inline), posting
 * to Spring Security's form login. A refused login comes back with {@code ?error}, which says only
 * that the login or password was wrong or the account is locked, never which.
 */
@Controller
class LoginPage {

    /** No script at all; the inline style is the page's only one; nothing may frame it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private record Words(
            String lang,
            String title,
            String heading,
            String login,
            String loginHint,
            String password,
            String submit,
            String refused,
            String signedOut,
            String signOutQuestion,
            String signOut) {}

    private static final Words CHINESE = new Words(
            "zh-CN",
            "登录 · 综治中心一站式平台",
            "综治中心一站式平台",
            "登录名",
            "用户名@中心编码，如 staff@nm-jarud；省级运营为 用户名@省级区划代码",
            "密码",
            "登录",
            "登录名或密码不正确，或账号已被锁定。连续失败 5 次将锁定 15 分钟。",
            "您已退出登录。",
            "确定退出登录吗？",
            "退出登录");

    private static final Words ENGLISH = new Words(
            "en",
            "Sign in · OneDoor",
            "OneDoor governance center platform",
            "Login",
            "username@center code, e.g. staff@nm-jarud; provincial operators: username@province code",
            "Password",
            "Sign in",
            "Wrong login or password, or the account is locked. Five failures in a row lock it for 15 minutes.",
            "You have signed out.",
            "Sign out of the platform?",
            "Sign out");

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(
            CsrfToken csrf,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            @RequestHeader(name = "Accept-Language", required = false) String languages) {
        Words words = prefersEnglish(languages) ? ENGLISH : CHINESE;
        String notice = error != null
                ? "<p class=\"error\" role=\"alert\">" + words.refused() + "</p>"
                : logout != null ? "<p class=\"notice\" role=\"status\">" + words.signedOut() + "</p>" : "";
        String body = """
                %s
                <form method="post" action="login">
                <label for="username">%s</label>
                <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus aria-describedby="username-hint">
                <p id="username-hint" class="hint">%s</p>
                <label for="password">%s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                %s
                <button type="submit">%s</button>
                </form>
                """.formatted(
                        notice,
                        words.login(),
                        HtmlUtils.htmlEscape(words.loginHint()),
                        words.password(),
                        csrfField(csrf),
                        words.submit());
        return html(words, words.title(), body);
    }

    /** Signing out from a bookmark or a typed address: a confirmation whose form posts the sign-out. */
    @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signOut(
            CsrfToken csrf, @RequestHeader(name = "Accept-Language", required = false) String languages) {
        Words words = prefersEnglish(languages) ? ENGLISH : CHINESE;
        String body = """
                <p>%s</p>
                <form method="post" action="logout">
                %s
                <button type="submit">%s</button>
                </form>
                """.formatted(words.signOutQuestion(), csrfField(csrf), words.signOut());
        return html(words, words.signOut(), body);
    }

    private static String csrfField(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName()) + "\" value=\""
                + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
    }

    private static ResponseEntity<String> html(Words words, String title, String body) {
        String html = """
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;background:#f5f5f5;color:#1f1f1f}
                main{max-width:380px;margin:12vh auto;padding:32px;background:#fff;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
                h1{font-size:20px;margin:0 0 24px;color:#a8071a}
                label{display:block;margin:16px 0 6px;font-weight:600}
                input{box-sizing:border-box;width:100%%;padding:9px 11px;font-size:15px;border:1px solid #8c8c8c;border-radius:4px}
                input:focus{outline:2px solid #0550ae;outline-offset:1px}
                .hint{font-size:13px;color:#595959;margin:6px 0 0}
                button{margin-top:24px;width:100%%;padding:10px;font-size:16px;color:#fff;background:#a8071a;border:0;border-radius:4px;cursor:pointer}
                button:focus{outline:2px solid #0550ae;outline-offset:2px}
                .error{color:#a8071a;background:#fff1f0;border:1px solid #ffa39e;padding:8px 12px;border-radius:4px}
                .notice{background:#f6ffed;border:1px solid #b7eb8f;padding:8px 12px;border-radius:4px}
                </style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(words.lang(), title, words.heading(), body);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .body(html);
    }

    /** English when the browser ranks some English above any Chinese; Chinese otherwise. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return false;
                }
                if (tag.startsWith("en")) {
                    return true;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return false;
    }
}
