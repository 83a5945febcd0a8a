// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "demodatagenerator.h"

#include "core/bytebuffer.h"
#include "core/timestamp.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace Journey {

namespace {

using namespace std::string_view_literals;

constexpr qint64 msPerSecond = 1000;
constexpr qint64 msPerMinute = 60 * msPerSecond;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;
constexpr qint64 maxEvents = 1'000'000'000'000; // keeps weight × events within 63 bits
constexpr qint64 progressEvery = 100'000;
constexpr qsizetype flushBytes = 4 << 20;

// splitmix64's finalizer: a bijection on 64 bits, so distinct inputs give distinct ids.
constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// -ln(1 - i/64) × 4096 for i = 0..63, then the tail cut at -ln(1/256): quantiles of Exp(1). Sampling through
// this table keeps every random duration integer arithmetic, so the output does not depend on the libm.
constexpr std::array<qint64, 65> exponentialQuantiles { 0, 65, 130, 197, 264, 333, 403, 474, 547, 621, 696, 772, 850,
    930, 1011, 1094, 1178, 1265, 1353, 1443, 1535, 1629, 1725, 1824, 1925, 2029, 2135, 2244, 2357, 2472, 2591, 2713,
    2839, 2969, 3103, 3242, 3386, 3535, 3690, 3850, 4017, 4192, 4374, 4564, 4764, 4974, 5196, 5430, 5678, 5943, 6225,
    6529, 6857, 7213, 7603, 8035, 8517, 9064, 9696, 10443, 11357, 12535, 14196, 17035, 22713 };

/// A random stream (splitmix64) per user and purpose: users are independent of each other and of the order
/// in which they are generated.
class Random
{
public:
    Random(quint64 seed, quint64 stream, quint64 purpose)
        : m_state(mix64(seed ^ mix64(stream * 4 + purpose + 0x632be59bd9b4e019ULL)))
    { }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }
    /// Uniform in [0, n), n < 2^32.
    int below(int n) { return int((quint64(quint32(next() >> 32)) * quint64(n)) >> 32); }
    /// Uniform in [0, n) for long spans (ms); the modulo bias is below 2^-30 for our spans.
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    bool perMille(int p) { return below(1000) < p; }
    /// Exponentially distributed with mean \a mean (about; the far tail is cut at 5.5 × mean).
    qint64 exponential(qint64 mean)
    {
        const quint64 u = next() >> 42; // 22 bits: 6 pick the quantile, 16 interpolate
        const size_t index = size_t(u >> 16);
        const qint64 fraction = qint64(u & 0xffff);
        const qint64 low = exponentialQuantiles[index];
        const qint64 scaled = (low << 16) + (exponentialQuantiles[index + 1] - low) * fraction; // × 2^28
        return (mean * (scaled >> 12)) >> 16;
    }
    /// An index into \a weights, chosen in proportion to them.
    template <size_t N> int pick(const std::array<int, N>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N - 1);
    }

private:
    quint64 m_state;
};

// The vocabulary.
constexpr std::array<std::string_view, 6> categories { "electronics"sv, "books"sv, "clothing"sv, "home"sv, "sports"sv,
    "beauty"sv };
constexpr std::array<int, 6> categoryMinDollars { 19, 4, 9, 14, 9, 4 };
constexpr std::array<int, 6> categoryMaxDollars { 1299, 49, 149, 399, 249, 79 };
constexpr int productsPerCategory = 100;

constexpr std::array<std::string_view, 8> countries { "US"sv, "GB"sv, "DE"sv, "FR"sv, "CA"sv, "IN"sv, "BR"sv, "JP"sv };
constexpr std::array<std::string_view, 8> locales { "en-US"sv, "en-GB"sv, "de-DE"sv, "fr-FR"sv, "en-CA"sv, "en-IN"sv,
    "pt-BR"sv, "ja-JP"sv };
constexpr std::array<std::string_view, 8> currencies { "USD"sv, "GBP"sv, "EUR"sv, "EUR"sv, "CAD"sv, "USD"sv, "USD"sv,
    "USD"sv };
constexpr std::array<int, 8> countryWeights { 40, 10, 10, 8, 7, 10, 8, 7 };

constexpr std::array<std::string_view, 4> plans { "free"sv, "starter"sv, "pro"sv, "enterprise"sv };
constexpr std::array<int, 4> planWeights { 55, 25, 15, 5 };

constexpr std::array<std::string_view, 3> signUpMethods { "email"sv, "google"sv, "apple"sv };
constexpr std::array<int, 3> signUpMethodWeights { 50, 35, 15 };

// Campaign sources and their media, and the campaigns they run.
constexpr std::array<std::string_view, 6> campaignSources { "google"sv, "newsletter"sv, "twitter"sv, "facebook"sv,
    "bing"sv, "direct"sv };
constexpr std::array<std::string_view, 6> campaignMedia { "cpc"sv, "email"sv, "social"sv, "social"sv, "cpc"sv,
    "none"sv };
constexpr std::array<int, 6> campaignSourceWeights { 40, 18, 10, 12, 5, 15 };
constexpr std::array<std::string_view, 5> campaignNames { "winter_sale"sv, "new_year"sv, "spring_launch"sv,
    "retargeting"sv, "brand"sv };

constexpr std::array<std::string_view, 12> searchQueries { "headphones"sv, "running shoes"sv, "novel"sv, "desk lamp"sv,
    "yoga mat"sv, "face serum"sv, "laptop"sv, "rain jacket"sv, "coffee maker"sv, "backpack"sv, "gift"sv, "sale"sv };

enum class Platform { Web, Ios, Android };
constexpr std::array<int, 3> platformWeights { 55, 25, 20 };
constexpr std::array<std::string_view, 3> libraryNames { "analytics.js"sv, "analytics-swift"sv, "analytics-kotlin"sv };
constexpr std::array<std::string_view, 3> libraryVersions { "next-1.70.0"sv, "1.6.1"sv, "1.16.0"sv };

enum class Page { Home, Pricing, Product, Cart };
constexpr std::array<std::string_view, 4> pageNames { "Home"sv, "Pricing"sv, "Product"sv, "Cart"sv };
constexpr std::array<std::string_view, 4> pagePaths { "/"sv, "/pricing"sv, "/products/"sv, "/cart"sv };

enum class Kind : quint8 {
    AppOpened,
    SignedUp,
    Identify,
    Page,
    Screen,
    Search,
    ProductViewed,
    ProductAdded,
    CheckoutStarted,
    OrderCompleted,
};

struct Action
{
    Kind kind = Kind::AppOpened;
    quint8 detail = 0; ///< page, query or quantity
    qint16 product = 0;
    bool closeToPrevious = false; ///< fired together with the previous call (a page and its track)
};

/// What is fixed about a user before any event: when they arrive, how long they stay, how active they are.
struct Profile
{
    qint64 firstSeen = 0;
    qint64 span = 0; ///< from the first to the last session, ms (cut at the end of the range)
    quint32 weight = 1; ///< share of the events, relative
};

Profile profileFor(quint64 seed, qint64 user, qint64 rangeStart, qint64 rangeMs)
{
    Random random(seed, quint64(user), 1);
    Profile profile;
    profile.firstSeen = rangeStart + random.below64(rangeMs);
    // 40 % come on one day and never again, 12 % stay to the end, the others leave over the weeks (so weekly
    // retention falls steeply at first, then flattens).
    const int kind = random.below(1000);
    qint64 span = kind < 400 ? random.below64(12 * msPerHour) : kind < 520 ? rangeMs : random.exponential(14 * msPerDay);
    // Who would stay past the end of the range pays a last visit somewhere in its last week (at the very end,
    // they would all pile onto the last day).
    const qint64 remaining = rangeStart + rangeMs - 1 - profile.firstSeen;
    if (span > remaining)
        span = remaining - random.below64(std::min<qint64>(remaining, 7 * msPerDay) + 1);
    profile.span = std::max<qint64>(span, 0);
    static constexpr std::array<int, 7> activityLevels { 1, 2, 3, 4, 6, 8, 12 };
    static constexpr std::array<int, 7> activityWeights { 30, 25, 18, 12, 8, 5, 2 };
    const int activity = activityLevels[size_t(random.pick(activityWeights))];
    profile.weight = quint32(activity * (2 + profile.span / msPerDay));
    return profile;
}

int productCategory(int product)
{
    return product / productsPerCategory;
}

// Each product's price, in cents, fixed for the catalogue whatever the seed: "n.99" within its category's range.
qint64 productPriceCents(int product)
{
    const int category = productCategory(product);
    const int span = categoryMaxDollars[size_t(category)] - categoryMinDollars[size_t(category)] + 1;
    const quint64 h = mix64(quint64(product) + 0x5eed);
    // Cheap products are more common: the smaller of two draws.
    const int dollars
        = categoryMinDollars[size_t(category)] + int(std::min(h % quint64(span), (h >> 32) % quint64(span)));
    return qint64(dollars) * 100 + 99;
}

QByteArrayView bytes(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

// A version 4 UUID whose first 64 bits (but for the version nibble, which moves to the last group) are \a unique:
// distinct \a unique values give distinct UUIDs.
void formatUuid(char text[36], quint64 unique, quint64 random)
{
    static constexpr char hex[] = "0123456789abcdef";
    const auto put = [&](int at, quint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = hex[value & 0xf];
            value >>= 4;
        }
    };
    put(0, unique >> 32, 8);
    text[8] = '-';
    put(9, (unique >> 16) & 0xffff, 4);
    text[13] = '-';
    put(14, 0x4000 | ((unique >> 4) & 0x0fff), 4);
    text[18] = '-';
    put(19, 0x8000 | (random & 0x3fff), 4);
    text[23] = '-';
    put(24, ((unique & 0xf) << 44) | ((random >> 16) & 0x0fffffffffffULL), 12);
}

class Writer
{
public:
    Writer(const DemoDataGenerator::Options& options, QIODevice& out, const std::function<bool(qint64)>& progress)
        : m_options(options)
        , m_out(out)
        , m_progress(progress)
        , m_messageKey(mix64(options.seed ^ 0x6d65737361676549ULL))
        , m_userKey(mix64(options.seed ^ 0x7573657249644b65ULL))
        , m_deviceKey(mix64(options.seed ^ 0x616e6f6e796d6f75ULL))
    {
        m_buffer.reserve(flushBytes + 64 * 1024);
        m_rangeStart = options.start.toMSecsSinceEpoch();
        m_rangeEnd = m_rangeStart + qint64(options.days) * msPerDay;
    }

    bool run(QString* error);

private:
    struct Device
    {
        Platform platform = Platform::Web;
        bool identified = false;
        ByteBuffer anonymousIds; ///< `,"anonymousId":"…"`
        ByteBuffer bothIds; ///< `,"userId":"…","anonymousId":"…"`
        ByteBuffer context; ///< `,"context":{"library":{…},"locale":"…"` (left open for a campaign)
    };

    struct User
    {
        int country = 0;
        int plan = 0;
        int favouriteCategory = 0;
        int depth = 0; ///< how far down the funnel this user ever goes (0: never views a product)
        bool signsUp = false;
        bool identified = false;
        int loginSession = -1; ///< for users who identify without signing up
        QByteArray userId;
    };

    bool writeUser(qint64 user, const Profile& profile, qint64 budget);
    void planSessions(Random& random, const Profile& profile, qint64 budget, int meanLength);
    int pickProduct(Random& random, const User& user);
    void appendFiller(
        Random& random, const User& user, const Device& device, int depth, bool mayRepeatOrder, int target);
    bool emitAction(const Action& action, qint64 timestamp, const User& user, Device& device, int campaign);

    void appendDecimal(qint64 value);
    void appendCents(qint64 cents);
    void appendProduct(int product, int quantity, const User& user, std::string_view extra, qint64 extraCents);
    bool flush();

    const DemoDataGenerator::Options& m_options;
    QIODevice& m_out;
    const std::function<bool(qint64)>& m_progress;
    const quint64 m_messageKey;
    const quint64 m_userKey;
    const quint64 m_deviceKey;
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
    std::vector<qint64> m_gaps; ///< of the session being written, reused
    qint64 m_written = 0;
    bool m_cancelled = false;
    QString m_writeError;
    ByteBuffer m_buffer;

    // Per user, reused.
    std::vector<Device> m_devices;
    std::vector<qint64> m_sessionStarts;
    std::vector<Action> m_actions;
};

bool Writer::run(QString* error)
{
    const qint64 rangeMs = m_rangeEnd - m_rangeStart;
    // Shares of the events in proportion to each user's weight: floor(w × E / W) each, and the few events
    // those floors leave over go one each to the first users.
    quint64 totalWeight = 0;
    for (qint64 user = 0; user < m_options.users; ++user)
        totalWeight += profileFor(m_options.seed, user, m_rangeStart, rangeMs).weight;
    qint64 floorSum = 0;
    for (qint64 user = 0; user < m_options.users; ++user) {
        const quint64 weight = profileFor(m_options.seed, user, m_rangeStart, rangeMs).weight;
        floorSum += qint64(weight * quint64(m_options.events) / totalWeight);
    }
    const qint64 leftOver = m_options.events - floorSum;
    for (qint64 user = 0; user < m_options.users; ++user) {
        const Profile profile = profileFor(m_options.seed, user, m_rangeStart, rangeMs);
        const qint64 budget
            = qint64(quint64(profile.weight) * quint64(m_options.events) / totalWeight) + (user < leftOver ? 1 : 0);
        if (budget > 0 && !writeUser(user, profile, budget))
            break;
    }
    if (m_writeError.isEmpty() && !m_cancelled)
        flush();
    if (m_cancelled) {
        *error = DemoDataGenerator::tr("cancelled after %1 events").arg(m_written);
        return false;
    }
    if (!m_writeError.isEmpty()) {
        *error = m_writeError;
        return false;
    }
    Q_ASSERT(m_written == m_options.events);
    return true;
}

/// Session start times: from the first visit over the user's span, at least minGap apart, with gaps that grow
/// as time passes (activity decays). Dense users get shorter gaps, then fewer (longer) sessions.
void Writer::planSessions(Random& random, const Profile& profile, qint64 budget, int meanLength)
{
    m_sessionStarts.clear();
    const qint64 minGap = meanLength * 30 * msPerSecond + 20 * msPerMinute;
    // Room for the last session's events before the end of the range.
    const qint64 available
        = std::max<qint64>(0, m_rangeEnd - profile.firstSeen - meanLength * msPerMinute - 10 * msPerMinute);
    qint64 sessions = std::max<qint64>(1, (budget + meanLength - 1) / meanLength);
    qint64 span = std::min(profile.span, available);
    if ((sessions - 1) * minGap > span)
        span = std::min(available, (sessions - 1) * minGap); // busy users stay longer…
    if ((sessions - 1) * minGap > span)
        sessions = span / minGap + 1; // …or have longer sessions
    const qint64 freeTime = span - (sessions - 1) * minGap;

    // Relative gaps, later ones longer on average (4× by the end).
    std::vector<qint64>& cumulative = m_sessionStarts; // holds the cumulative raw gaps first
    cumulative.push_back(0);
    qint64 total = 0;
    for (qint64 k = 1; k < sessions; ++k) {
        total += random.exponential(1 << 16) * (16 + 48 * k / sessions) / 16 + 1;
        cumulative.push_back(total);
    }
    for (qint64 k = 0; k < sessions; ++k) {
        const qint64 share = total > 0 ? qint64(double(freeTime) * double(cumulative[size_t(k)]) / double(total)) : 0;
        m_sessionStarts[size_t(k)] = profile.firstSeen + k * minGap + share;
    }
}

int Writer::pickProduct(Random& random, const User& user)
{
    const int category = random.perMille(550) ? user.favouriteCategory : random.below(int(categories.size()));
    return category * productsPerCategory + random.below(productsPerCategory);
}

/// Browsing that fills a session up to \a target actions: pages, searches, product views, and as deep into the
/// funnel as the user ever goes (adding to the cart, abandoned checkouts, repeat orders).
void Writer::appendFiller(
    Random& random, const User& user, const Device& device, int depth, bool mayRepeatOrder, int target)
{
    const bool web = device.platform == Platform::Web;
    int lastViewed = -1;
    int inCart = -1;
    while (int(m_actions.size()) < target) {
        const int r = random.below(100);
        if (r < 22 || (depth == 0 && r >= 34)) {
            static constexpr std::array<int, 4> navigationWeights { 45, 30, 0, 25 };
            const int page = random.pick(navigationWeights);
            if (web)
                m_actions.push_back({ Kind::Page, quint8(page), 0, false });
            else if (random.perMille(400)) // apps send a few screen calls, not one per view
                m_actions.push_back({ Kind::Screen, quint8(page), 0, false });
            else
                m_actions.push_back({ Kind::Search, quint8(random.below(int(searchQueries.size()))), 0, false });
        } else if (r < 34) {
            m_actions.push_back({ Kind::Search, quint8(random.below(int(searchQueries.size()))), 0, false });
        } else if (r < 74 || lastViewed < 0) {
            const int product = pickProduct(random, user);
            const bool withPage = web && random.perMille(500);
            if (withPage)
                m_actions.push_back({ Kind::Page, quint8(Page::Product), qint16(product), false });
            m_actions.push_back({ Kind::ProductViewed, 0, qint16(product), withPage });
            lastViewed = product;
        } else if (r < 92) {
            if (depth >= 2 && random.perMille(400)) {
                m_actions.push_back(
                    { Kind::ProductAdded, quint8(1 + (random.perMille(150) ? 1 : 0)), qint16(lastViewed), false });
                inCart = lastViewed;
            } else {
                m_actions.push_back({ Kind::ProductViewed, 0, qint16(lastViewed), false }); // a second look
            }
        } else {
            if (depth >= 3 && inCart >= 0 && random.perMille(500)) {
                if (web)
                    m_actions.push_back({ Kind::Page, quint8(Page::Cart), 0, false });
                m_actions.push_back({ Kind::CheckoutStarted, 1, qint16(inCart), false });
                if (mayRepeatOrder && random.perMille(600)) // a repeat order; the rest are abandoned checkouts
                    m_actions.push_back({ Kind::OrderCompleted, 1, qint16(inCart), false });
                inCart = -1;
            } else {
                m_actions.push_back({ Kind::Page, quint8(Page::Home), 0, false });
            }
        }
    }
}

bool Writer::writeUser(qint64 userIndex, const Profile& profile, qint64 budget)
{
    Random random(m_options.seed, quint64(userIndex), 2);
    User user;
    user.country = random.pick(countryWeights);
    user.plan = random.pick(planWeights);
    user.favouriteCategory = random.below(int(categories.size()));
    // The funnel at the person level: 90 % look at products; of those 35 % add one to the cart, 60 % of
    // these start a checkout and 70 % of those complete an order.
    if (random.perMille(900)) {
        user.depth = 1;
        if (random.perMille(350)) {
            user.depth = 2;
            if (random.perMille(600)) {
                user.depth = 3;
                if (random.perMille(700))
                    user.depth = 4;
            }
        }
    }
    user.signsUp = random.perMille(600);
    const bool logsInLater = !user.signsUp && random.perMille(250); // about 10 % of all users
    user.userId = "usr_" + QByteArray::number(mix64(quint64(userIndex) ^ m_userKey), 16).rightJustified(16, '0');

    static constexpr std::array<int, 3> deviceCountWeights { 60, 30, 10 };
    const int deviceCount = 1 + random.pick(deviceCountWeights);
    m_devices.resize(size_t(deviceCount));
    for (int d = 0; d < deviceCount; ++d) {
        Device& device = m_devices[size_t(d)];
        device.platform = Platform(random.pick(platformWeights));
        device.identified = false;
        device.anonymousIds.clear();
        device.bothIds.clear();
        device.context.clear();
        char uuid[36];
        formatUuid(uuid, mix64((quint64(userIndex) * 4 + quint64(d)) ^ m_deviceKey), random.next());
        device.anonymousIds.append(",\"anonymousId\":\"");
        device.anonymousIds.append(uuid, 36);
        device.anonymousIds.append('"');
        device.bothIds.append(",\"userId\":\"");
        device.bothIds.append(user.userId);
        device.bothIds.append('"');
        device.bothIds.append(device.anonymousIds.view());
        device.context.append(",\"context\":{\"library\":{\"name\":\"");
        device.context.append(bytes(libraryNames[size_t(device.platform)]));
        device.context.append("\",\"version\":\"");
        device.context.append(bytes(libraryVersions[size_t(device.platform)]));
        device.context.append("\"},\"locale\":\"");
        device.context.append(bytes(locales[size_t(user.country)]));
        device.context.append('"');
    }

    const int meanLength = 4 + random.below(9);
    planSessions(random, profile, budget, meanLength);
    const int sessions = int(m_sessionStarts.size());
    // When the other devices come in, and which device each session uses.
    std::array<int, 3> introducedAt { 0, sessions, sessions };
    for (int d = 1; d < deviceCount; ++d)
        introducedAt[size_t(d)] = sessions > 1 ? 1 + random.below(sessions - 1) : sessions;
    if (introducedAt[2] < introducedAt[1])
        std::swap(introducedAt[1], introducedAt[2]);
    if (logsInLater)
        user.loginSession = random.below(sessions);

    // The session where the user goes as deep into the funnel as they ever go, usually one of the first.
    const int conversionSession = random.perMille(450) ? 0 : random.below(std::min(sessions, 5));
    // Sometimes the checkout or the order comes in a later session, days later (so the window matters).
    int deferredFrom = 0; // the first funnel step moved to the later session (0: none)
    int deferredSession = -1;
    if (user.depth >= 3 && random.perMille(280)) {
        const qint64 due = m_sessionStarts[size_t(conversionSession)] + random.exponential(4 * msPerDay);
        const auto later
            = std::lower_bound(m_sessionStarts.begin() + conversionSession + 1, m_sessionStarts.end(), due);
        if (later != m_sessionStarts.end()) {
            deferredSession = int(later - m_sessionStarts.begin());
            deferredFrom = user.depth == 3 || random.perMille(500) ? 3 : 4;
        }
    }
    int conversionProduct = pickProduct(random, user);
    const int conversionQuantity = random.perMille(800) ? 1 : (random.perMille(750) ? 2 : 3);

    qint64 remaining = budget;
    qint64 previousEnd = m_rangeStart - 1; // the last event of the sessions written so far
    for (int k = 0; k < sessions && remaining > 0; ++k) {
        int device = 0;
        for (int d = 1; d < deviceCount; ++d) {
            if (introducedAt[size_t(d)] <= k && (introducedAt[size_t(d)] == k || random.perMille(500)))
                device = d;
        }
        Device& current = m_devices[size_t(device)];
        const bool web = current.platform == Platform::Web;
        const qint64 left = sessions - k;
        qint64 target = remaining;
        if (left > 1) {
            const qint64 mean = remaining / left;
            target = std::clamp<qint64>(mean / 2 + random.below64(mean + 1), 1, remaining);
        }

        m_actions.clear();
        m_actions.push_back({ Kind::AppOpened, 0, 0, false });
        if (k == 0 && user.signsUp) {
            m_actions.push_back({ Kind::SignedUp, quint8(random.pick(signUpMethodWeights)), 0, false });
            m_actions.push_back({ Kind::Identify, 0, 0, false });
        } else if ((!user.identified && k == user.loginSession)
            || (user.identified && !current.identified && random.perMille(850))) {
            m_actions.push_back({ Kind::Identify, 0, 0, false });
        }
        if (k == deferredSession) {
            // Back for what was left in the cart.
            if (web)
                m_actions.push_back({ Kind::Page, quint8(Page::Cart), 0, false });
            if (deferredFrom <= 3)
                m_actions.push_back(
                    { Kind::CheckoutStarted, quint8(conversionQuantity), qint16(conversionProduct), false });
            if (user.depth >= 4)
                m_actions.push_back(
                    { Kind::OrderCompleted, quint8(conversionQuantity), qint16(conversionProduct), false });
        }
        if (user.depth >= 2 && random.perMille(30)) // out of order: added from a list, never viewed first
            m_actions.push_back({ Kind::ProductAdded, 1, qint16(pickProduct(random, user)), false });
        if (k == conversionSession && user.depth >= 1) {
            const bool withPage = web && random.perMille(600);
            if (withPage)
                m_actions.push_back({ Kind::Page, quint8(Page::Product), qint16(conversionProduct), false });
            m_actions.push_back({ Kind::ProductViewed, 0, qint16(conversionProduct), withPage });
            for (int step = 2; step <= user.depth; ++step) {
                if (deferredFrom && step >= deferredFrom)
                    break;
                if (step == 2 && random.perMille(150)) // looked at something else before deciding
                    m_actions.push_back({ Kind::ProductViewed, 0, qint16(pickProduct(random, user)), false });
                if (step == 3 && web)
                    m_actions.push_back({ Kind::Page, quint8(Page::Cart), 0, false });
                static constexpr std::array<Kind, 5> steps { Kind::AppOpened, Kind::ProductViewed, Kind::ProductAdded,
                    Kind::CheckoutStarted, Kind::OrderCompleted };
                m_actions.push_back(
                    { steps[size_t(step)], quint8(conversionQuantity), qint16(conversionProduct), false });
            }
        }
        appendFiller(random, user, current, user.depth, user.depth >= 4 && k > conversionSession, int(target));
        const qint64 count = std::min<qint64>(qint64(m_actions.size()), remaining);
        remaining -= count;

        // Timestamps: a few seconds to a few minutes apart; a small share share their millisecond.
        const qint64 limit = (k + 1 < sessions ? m_sessionStarts[size_t(k) + 1] : m_rangeEnd) - 1;
        qint64 timestamp = std::min(m_sessionStarts[size_t(k)] + random.below(1000), m_rangeEnd - 1);
        const int campaign = random.perMille(k == 0 ? 550 : 120) ? random.pick(campaignSourceWeights) : -1;
        m_gaps.assign(size_t(count), 0);
        qint64 length = 0;
        for (qint64 i = 1; i < count; ++i) {
            qint64& gap = m_gaps[size_t(i)];
            if (random.perMille(15))
                gap = 0;
            else if (m_actions[size_t(i)].closeToPrevious)
                gap = 20 + random.below(400);
            else
                gap = std::min<qint64>(1500 + random.exponential(25 * msPerSecond) + random.below(1000), 8 * msPerMinute);
            length += gap;
        }
        // A session that would run past the next one (or the end of the range) starts earlier instead of
        // piling its last events onto the limit, but not before the previous session's last event.
        if (timestamp + length > limit)
            timestamp = std::max(previousEnd + 1, limit - length);
        for (qint64 i = 0; i < count; ++i) {
            const Action& action = m_actions[size_t(i)];
            if (i > 0)
                timestamp = std::max(timestamp, std::min(timestamp + m_gaps[size_t(i)], limit));
            previousEnd = timestamp;
            if (!emitAction(action, timestamp, user, current, i == 0 ? campaign : -1))
                return false;
            if (action.kind == Kind::Identify) {
                current.identified = true;
                user.identified = true;
            }
        }
    }
    Q_ASSERT(remaining == 0);
    return true;
}

bool Writer::emitAction(const Action& action, qint64 timestamp, const User& user, Device& device, int campaign)
{
    ByteBuffer& b = m_buffer;
    const quint64 unique = mix64(quint64(m_written) ^ m_messageKey);
    switch (action.kind) {
    case Kind::Identify:
        b.append("{\"type\":\"identify\"");
        break;
    case Kind::Page:
        b.append("{\"type\":\"page\"");
        break;
    case Kind::Screen:
        b.append("{\"type\":\"screen\"");
        break;
    default:
        b.append("{\"type\":\"track\"");
        break;
    }
    b.append(",\"messageId\":\"");
    formatUuid(b.prepare(36), unique, mix64(unique + 0x9e3779b97f4a7c15ULL));
    b.resize(b.size() + 36);
    b.append("\",\"timestamp\":\"");
    Timestamp::formatIso8601(b.prepare(24), timestamp);
    b.resize(b.size() + 24);
    b.append('"');
    b.append((device.identified || action.kind == Kind::Identify ? device.bothIds : device.anonymousIds).view());

    const std::string_view currency = currencies[size_t(user.country)];
    switch (action.kind) {
    case Kind::AppOpened:
        b.append(",\"event\":\"App Opened\"");
        if (device.identified) {
            b.append(",\"properties\":{\"plan\":\"");
            b.append(bytes(plans[size_t(user.plan)]));
            b.append("\"}");
        }
        break;
    case Kind::SignedUp:
        b.append(",\"event\":\"Signed Up\",\"properties\":{\"plan\":\"");
        b.append(bytes(plans[size_t(user.plan)]));
        b.append("\",\"method\":\"");
        b.append(bytes(signUpMethods[action.detail]));
        b.append("\"}");
        break;
    case Kind::Identify:
        b.append(",\"traits\":{\"plan\":\"");
        b.append(bytes(plans[size_t(user.plan)]));
        b.append("\",\"country\":\"");
        b.append(bytes(countries[size_t(user.country)]));
        b.append("\"}");
        break;
    case Kind::Page:
    case Kind::Screen:
        b.append(",\"name\":\"");
        b.append(bytes(pageNames[action.detail]));
        b.append('"');
        if (action.kind == Kind::Page) {
            b.append(",\"properties\":{\"path\":\"");
            b.append(bytes(pagePaths[action.detail]));
            if (Page(action.detail) == Page::Product) {
                b.append("prod-");
                appendDecimal(action.product);
            }
            b.append("\"}");
        }
        break;
    case Kind::Search:
        b.append(",\"event\":\"Search Performed\",\"properties\":{\"query\":\"");
        b.append(bytes(searchQueries[action.detail]));
        b.append("\",\"results\":");
        appendDecimal(qint64((unique >> 8) % 48));
        b.append('}');
        break;
    case Kind::ProductViewed:
        b.append(",\"event\":\"Product Viewed\"");
        appendProduct(action.product, 0, user, {}, 0);
        break;
    case Kind::ProductAdded:
        b.append(",\"event\":\"Product Added\"");
        appendProduct(action.product, action.detail, user, {}, 0);
        break;
    case Kind::CheckoutStarted:
        b.append(",\"event\":\"Checkout Started\"");
        appendProduct(
            action.product, action.detail, user, "value"sv, productPriceCents(action.product) * action.detail);
        break;
    case Kind::OrderCompleted:
        b.append(",\"event\":\"Order Completed\",\"properties\":{\"order_id\":\"o-");
        b.append(QByteArray::number(unique, 16));
        b.append('"');
        b.append(",\"product_id\":\"prod-");
        appendDecimal(action.product);
        b.append("\",\"category\":\"");
        b.append(bytes(categories[size_t(productCategory(action.product))]));
        b.append("\",\"price\":");
        appendCents(productPriceCents(action.product));
        b.append(",\"quantity\":");
        appendDecimal(action.detail);
        b.append(",\"currency\":\"");
        b.append(bytes(currency));
        b.append("\",\"revenue\":");
        appendCents(productPriceCents(action.product) * action.detail);
        b.append('}');
        break;
    }

    b.append(device.context.view());
    if (campaign >= 0) {
        b.append(",\"campaign\":{\"source\":\"");
        b.append(bytes(campaignSources[size_t(campaign)]));
        b.append("\",\"medium\":\"");
        b.append(bytes(campaignMedia[size_t(campaign)]));
        b.append("\",\"name\":\"");
        b.append(bytes(campaignNames[size_t((unique >> 16) % campaignNames.size())]));
        b.append("\"}");
    }
    b.append("}}\n");

    ++m_written;
    if (b.size() >= flushBytes && !flush())
        return false;
    if (m_progress && m_written % progressEvery == 0 && !m_progress(m_written)) {
        m_cancelled = true;
        return false;
    }
    return true;
}

void Writer::appendProduct(int product, int quantity, const User& user, std::string_view extra, qint64 extraCents)
{
    ByteBuffer& b = m_buffer;
    b.append(",\"properties\":{\"product_id\":\"prod-");
    appendDecimal(product);
    b.append("\",\"category\":\"");
    b.append(bytes(categories[size_t(productCategory(product))]));
    b.append("\",\"price\":");
    appendCents(productPriceCents(product));
    if (quantity > 0) {
        b.append(",\"quantity\":");
        appendDecimal(quantity);
    }
    b.append(",\"currency\":\"");
    b.append(bytes(currencies[size_t(user.country)]));
    b.append('"');
    if (!extra.empty()) {
        b.append(",\"");
        b.append(bytes(extra));
        b.append("\":");
        appendCents(extraCents);
    }
    b.append('}');
}

void Writer::appendDecimal(qint64 value)
{
    char text[24];
    int length = 0;
    bool negative = value < 0;
    quint64 v = negative ? quint64(-value) : quint64(value);
    do {
        text[length++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        text[length++] = '-';
    std::reverse(text, text + length);
    m_buffer.append(text, length);
}

void Writer::appendCents(qint64 cents)
{
    appendDecimal(cents / 100);
    const int rest = int(cents % 100);
    const char text[3] = { '.', char('0' + rest / 10), char('0' + rest % 10) };
    m_buffer.append(text, 3);
}

bool Writer::flush()
{
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_out.write(m_buffer.data(), m_buffer.size());
    if (written != m_buffer.size()) {
        m_writeError = DemoDataGenerator::tr("cannot write the events: %1").arg(m_out.errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace

QString DemoDataGenerator::checkOptions(const Options& options)
{
    if (options.users < 1 || options.users > maxUsers)
        return tr("the number of users must be between 1 and %1, not %2").arg(maxUsers).arg(options.users);
    if (options.events < 0 || options.events > maxEvents)
        return tr("the number of events must be between 0 and %1, not %2").arg(maxEvents).arg(options.events);
    if (options.days < 1 || options.days > maxDays)
        return tr("the number of days must be between 1 and %1, not %2").arg(maxDays).arg(options.days);
    if (!options.start.isValid())
        return tr("the start date is not valid");
    const QDate first = options.start.toUTC().date();
    if (first.year() < 1970 || first.addDays(options.days).year() > 9999)
        return tr("the dates must lie between 1970 and 9999");
    return {};
}

bool DemoDataGenerator::write(
    const Options& options, QIODevice& out, QString* error, const std::function<bool(qint64 done)>& progress)
{
    QString problem = checkOptions(options);
    if (problem.isEmpty() && !out.isWritable())
        problem = tr("the output is not open for writing");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QString failure;
    Writer writer(options, out, progress);
    const bool ok = writer.run(&failure);
    if (!ok && error)
        *error = failure;
    return ok;
}

} // namespace Journey
