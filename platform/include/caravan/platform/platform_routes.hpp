#pragma once

namespace caravan {

class Platform;

/// The platform's own routes: /healthz, /readyz, /metrics, /api/v1/openapi.json,
/// /api/v1/audit-log and the web UI's entry page.
void registerPlatformRoutes(Platform& platform);

}  // namespace caravan
