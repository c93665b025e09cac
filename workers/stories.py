"""Stories across outlets: each published article joins the story of its most similar recent article, or
starts one; the index is in Redis so every worker and host assigns the same way.

An article's features (tasks.fingerprint.story_features: canonical entity names, key terms, headline words,
as a unit-length vector) are filed under the day it was published (its ``published_at``, else the time it is
published here). A new article is compared, by the cosine of the two vectors, with the articles filed within
``window_days`` of its own day; when the best reaches ``threshold`` it takes that article's ``story_id``.
One Lua script does the lookup, the choice and the filing, so two articles on one event published by two
workers at once cannot both start a story unseen by the other. A feature that more than
``max_articles_per_feature`` articles of one day carry is skipped for matching: it names no single event and
would cost a scan of them all.

Assignment is online and final: an article keeps the story it got (a later version of the same id too);
stories are never merged afterwards, so the order of arrival matters (README: Stories).
"""

from __future__ import annotations

import hashlib
import time
from datetime import datetime
from typing import Any

import redis
from redis.client import Pipeline

from config.settings import Settings
from tasks.fingerprint import StoryConfig
from workers.keys import Keys, encode_id

# KEYS: this article's story doc key
# ARGV: article id, version, encoded id, doc key prefix, feature key prefix, day, window (days), threshold,
#       max articles per feature, ttl (s), the story id if the article starts one, then digest, weight pairs
_ASSIGN = """
local known = redis.call('HGET', KEYS[1], 'story')
if known then return {known, ''} end  -- the story given before (a redelivery or another version)
local day, window = tonumber(ARGV[6]), tonumber(ARGV[7])
local limit = tonumber(ARGV[9])
local dots = {}
for i = 12, #ARGV, 2 do
  local weight = tonumber(ARGV[i + 1])
  for d = day - window, day + window do
    local key = ARGV[5] .. d .. ':' .. ARGV[i]
    local n = redis.call('HLEN', key)
    if n > 0 and n <= limit then
      local kv = redis.call('HGETALL', key)
      for j = 1, #kv, 2 do
        if kv[j] ~= ARGV[3] then dots[kv[j]] = (dots[kv[j]] or 0) + weight * tonumber(kv[j + 1]) end
      end
    end
  end
end
local best, best_dot = nil, -1
for m, dot in pairs(dots) do
  if dot > best_dot or (dot == best_dot and m < best) then best, best_dot = m, dot end
end
local story = nil
if best and best_dot >= tonumber(ARGV[8]) then story = redis.call('HGET', ARGV[4] .. best, 'story') end
local score = ''
if story then score = tostring(best_dot) else story = ARGV[11] end
local ttl = tonumber(ARGV[10])
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'version', ARGV[2], 'story', story, 'day', ARGV[6])
redis.call('EXPIRE', KEYS[1], ttl)
for i = 12, #ARGV, 2 do
  local key = ARGV[5] .. day .. ':' .. ARGV[i]
  redis.call('HSET', key, ARGV[3], ARGV[i + 1])
  redis.call('EXPIRE', key, ttl)
end
return {story, score}
"""

DAY = 86400


def story_day(published_at: datetime | None, now: float | None = None) -> int:
    """The day an article is filed under: its publication day, else today (UTC days since 1970)."""
    stamp = published_at.timestamp() if published_at is not None else (time.time() if now is None else now)
    return int(stamp // DAY)


def new_story_id(article_id: str) -> str:
    """The id of a story an article starts: derived from the article's id, so a retry gives the same one."""
    return "story-" + hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def feature_digest(feature: str) -> str:
    """A feature's name in a key: a digest, so entity names never appear in (or break) key names."""
    return hashlib.sha1(feature.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class StoryIndex:
    """The shared story index of one deployment (one key root)."""

    def __init__(self, client: redis.Redis, settings: Settings, config: StoryConfig) -> None:
        self._keys = Keys(settings)
        self._config = config
        self._client = client
        self._script = client.register_script(_ASSIGN)

    def assign(
        self, article_id: str, version: int, features: dict[str, float], published_at: datetime | None
    ) -> str:
        """The story of this article: an earlier similar article's, or a new one it starts."""
        return self.parse(self.queue(self._client, article_id, version, features, published_at))

    def queue(
        self,
        client: redis.Redis | Pipeline,
        article_id: str,
        version: int,
        features: dict[str, float],
        published_at: datetime | None,
    ) -> Any:
        """Run the script on ``client``, or queue it on a pipeline (its reply goes to ``parse``)."""
        c = self._config
        args: list[str | int | float] = [
            article_id,
            version,
            encode_id(article_id),
            self._keys.story_doc_prefix,
            self._keys.story_feature_prefix,
            story_day(published_at),
            c.window_days,
            c.threshold,
            c.max_articles_per_feature,
            max(1, int((c.retention_days + c.window_days) * DAY)),
            new_story_id(article_id),
        ]
        for feature, weight in sorted(features.items()):
            args += [feature_digest(feature), weight]
        return self._script(keys=[self._keys.story_doc(article_id)], args=args, client=client)

    @staticmethod
    def parse(reply: Any) -> str:
        story = reply[0]
        return story.decode() if isinstance(story, bytes) else str(story)
