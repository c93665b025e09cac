"""Near-duplicates across every worker: MinHash-LSH bands of each published body, kept in Redis.

One Lua script per article looks up the bodies that share an LSH band with it, compares their signatures,
links the article to the first of the best match's group when the estimated similarity reaches the
threshold, and adds the article to the index, all atomically: of two copies published at the same moment by
two workers, exactly one is first. Keys live under ``<root>:meta:dedup:`` (workers/keys.py), which no article
id can reach. The bands are filed in periods of ``window_days``: one hash per band and period (band value ->
the ids filed under it), the current and the last period searched, each kept for two periods; a body is thus
findable for one to two periods (a key per band value would cost about 2.3 times the memory).

datasketch's ``MinHashLSH`` with Redis storage was considered and not used: it opens its own connection from
host and port (not our URL, Sentinel or TLS settings), costs one round trip per band to query and two per
band to insert, and its query-then-insert is not atomic, so two workers could both become first.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import redis
from redis.client import Pipeline

from config.settings import Settings
from tasks.fingerprint import DuplicateConfig, decode_signature
from workers.keys import Keys, encode_id

# KEYS: this article's doc key
# ARGV: article id, version, signature bytes, jaccard threshold, ttl (s), doc key prefix, encoded id,
#       max candidates, shingle count, containment threshold, min jaccard for containment, similarity from
#       which a copy is not filed in the bands, band key prefix, period, bands, rows
# A band's value is its rows' bytes of the signature, used as they are as the field of the band's hash.
_LINK = """
local function similarity(a, b)
  if #a ~= #b or #a == 0 then return 0 end
  local n, same = #a / 4, 0
  for j = 1, #a, 4 do
    if string.sub(a, j, j + 3) == string.sub(b, j, j + 3) then same = same + 1 end
  end
  return same / n
end
-- A match: similar enough, or the smaller body mostly inside the other (tasks.fingerprint.containment).
local function matches(j, na, nb)
  if j >= tonumber(ARGV[4]) then return true end
  if j < tonumber(ARGV[11]) or na <= 0 or nb <= 0 then return false end
  return j * (na + nb) / (1 + j) / math.min(na, nb) >= tonumber(ARGV[10])
end
local known = redis.call('HMGET', KEYS[1], 'version', 'first', 'sim')
if known[1] and tonumber(known[1]) and tonumber(known[1]) >= tonumber(ARGV[2]) then
  return {known[2] or '', known[3] or ''}  -- a redelivery (or an older version): the answer given before
end
local bands, width, period = tonumber(ARGV[15]), 4 * tonumber(ARGV[16]), tonumber(ARGV[14])
local function band_key(p, i) return ARGV[13] .. string.format('%d:%d', p, i) end
local function band_value(i) return string.sub(ARGV[3], (i - 1) * width + 1, i * width) end
local n = tonumber(ARGV[9])
local best, best_sim, best_first, best_first_key = nil, -1, '', ''
local seen, looked, limit = {}, 0, tonumber(ARGV[8])
for i = 1, bands do
  for _, key in ipairs({band_key(period, i), band_key(period - 1, i)}) do
    local filed = redis.call('HGET', key, band_value(i))
    for m in string.gmatch(filed or '', '%S+') do
      if m ~= ARGV[7] and not seen[m] and looked < limit then
        seen[m] = true
        looked = looked + 1
        local c = redis.call('HMGET', ARGV[6] .. m, 'id', 'sig', 'first', 'first_key', 'n')
        -- Not this article (another version of it) and not a later copy of it.
        if c[2] and c[1] ~= ARGV[1] and c[3] ~= ARGV[1] then
          local s = similarity(ARGV[3], c[2])
          if matches(s, n, tonumber(c[5]) or 0) and (s > best_sim or (s == best_sim and c[1] < best)) then
            best, best_sim, best_first, best_first_key = c[1], s, c[3] or '', c[4] or ''
            if best_first == '' then best_first_key = m end
          end
        end
      end
    end
  end
end
local first, sim = '', ''
if best then
  first = best_first ~= '' and best_first or best
  local s = best_sim
  if first ~= best then  -- the similarity reported is to the first article, while it is indexed
    local sig = redis.call('HGET', ARGV[6] .. best_first_key, 'sig')
    if sig then s = similarity(ARGV[3], sig) end
  end
  sim = tostring(s)
end
local ttl = tonumber(ARGV[5])
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'version', ARGV[2], 'sig', ARGV[3], 'n', ARGV[9], 'first', first,
  'first_key', first ~= '' and best_first_key or '', 'sim', sim)
redis.call('EXPIRE', KEYS[1], 2 * ttl)
-- A near-exact copy adds nothing a later copy could match better through the first: not filed in the bands,
-- so a flood of one text leaves the bands (and the work per article) as they were.
if first == '' or tonumber(sim) < tonumber(ARGV[12]) then
  for i = 1, bands do
    local key, value = band_key(period, i), band_value(i)
    local filed = redis.call('HGET', key, value)
    if not filed then
      redis.call('HSET', key, value, ARGV[7])
    elseif not string.find(' ' .. filed .. ' ', ' ' .. ARGV[7] .. ' ', 1, true) then
      redis.call('HSET', key, value, filed .. ' ' .. ARGV[7])
    end
    if redis.call('TTL', key) < 0 then redis.call('EXPIRE', key, 2 * ttl) end
  end
end
return {first, sim}
"""

MAX_CANDIDATES = 500  # bodies compared per article at most: bounds the script on a flood of one text


@dataclass(frozen=True)
class DuplicateLink:
    duplicate_of: str | None
    similarity: float | None


class DuplicateIndex:
    """The shared MinHash-LSH index of one deployment (one key root)."""

    def __init__(self, client: redis.Redis, settings: Settings, config: DuplicateConfig) -> None:
        self._keys = Keys(settings)
        self._config = config
        self._client = client
        self._script = client.register_script(_LINK)

    def link(self, article_id: str, version: int, minhash: str, shingles: int) -> DuplicateLink:
        """Index this body and return the first article it repeats (None when it is the first)."""
        return self.parse(self.queue(self._client, article_id, version, minhash, shingles))

    def queue(
        self, client: redis.Redis | Pipeline, article_id: str, version: int, minhash: str, shingles: int
    ) -> Any:
        """Run the script on ``client``, or queue it on a pipeline (its reply goes to ``parse``)."""
        sig = decode_signature(minhash)
        if sig.size != self._config.num_perm:  # computed under other parameters: not comparable
            raise ValueError(
                f"fingerprint.minhash: {sig.size} values, expected {self._config.num_perm} (identity.yaml)"
            )
        ttl = max(1, int(self._config.window_days * 86400))
        keys = [self._keys.dedup_doc(article_id)]
        args = [
            article_id,
            version,
            sig.astype("<u4").tobytes(),
            self._config.threshold,
            ttl,
            self._keys.dedup_doc_prefix,
            encode_id(article_id),
            MAX_CANDIDATES,
            shingles,
            self._config.containment,
            self._config.min_jaccard,
            self._config.copies_unfiled_from,
            self._keys.dedup_band_prefix,
            int(time.time() // ttl),
            self._config.bands,
            self._config.rows,
        ]
        return self._script(keys=keys, args=args, client=client)

    @staticmethod
    def parse(reply: Any) -> DuplicateLink:
        first, sim = reply
        first = first.decode() if isinstance(first, bytes) else first
        sim = sim.decode() if isinstance(sim, bytes) else sim
        if not first:
            return DuplicateLink(None, None)
        return DuplicateLink(first, round(float(sim), 4) if sim else None)
