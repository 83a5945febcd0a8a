// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "providerregistry.h"

#include "amplitudeprovider.h"
#include "ga4provider.h"
#include "heapprovider.h"
#include "mixpanelprovider.h"
#include "posthogprovider.h"
#include "rudderstackprovider.h"
#include "segmentprovider.h"

#include <functional>
#include <vector>

namespace Journey {

namespace {

struct Entry
{
    const char* id;
    std::function<std::unique_ptr<Provider>()> make;
};

template<typename T>
Entry entry(const char* id)
{
    return { id, [] { return std::make_unique<T>(); } };
}

const std::vector<Entry>& table()
{
    static const std::vector<Entry> entries {
        entry<SegmentProvider>("segment"),
        entry<RudderStackProvider>("rudderstack"),
        entry<MixpanelProvider>("mixpanel"),
        entry<AmplitudeProvider>("amplitude"),
        entry<HeapProvider>("heap"),
        entry<Ga4Provider>("ga4"),
        entry<PostHogProvider>("posthog"),
    };
    return entries;
}

} // namespace

QStringList ProviderRegistry::ids()
{
    QStringList ids;
    for (const Entry& entry : table())
        ids.append(QString::fromLatin1(entry.id));
    return ids;
}

std::unique_ptr<Provider> ProviderRegistry::create(const QString& id)
{
    for (const Entry& entry : table()) {
        if (id == QLatin1String(entry.id))
            return entry.make();
    }
    return nullptr;
}

QString ProviderRegistry::displayName(const QString& id)
{
    const std::unique_ptr<Provider> provider = create(id);
    return provider ? provider->displayName() : id;
}

} // namespace Journey
