-- Takes tokens from one token bucket, atomically, and says whether the request may pass.
--
-- KEYS[1]  the bucket: a hash of its tokens (fractional) and the millisecond they were counted at
--          (milliseconds keep the number within the 14 digits Lua's tostring writes exactly)
-- KEYS[2]  optional: the bucket's own limit, a hash with replenish-rate and burst-capacity that
--          tenant-service writes when an operator sets a tenant's limit; without both fields the
--          limit in ARGV applies. It shares the bucket's hash tag, so both sit in one cluster slot.
-- ARGV[1]  tokens added per second, ARGV[2] tokens the bucket holds at most, ARGV[3] tokens this
--          request costs
-- Returns  { 1 if allowed else 0, whole tokens left, the replenish rate and burst capacity applied }
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
if KEYS[2] then
  local own = redis.call('HMGET', KEYS[2], 'replenish-rate', 'burst-capacity')
  local ownRate = tonumber(own[1])
  local ownCapacity = tonumber(own[2])
  if ownRate and ownCapacity and ownRate > 0 and ownCapacity >= cost then
    rate = ownRate
    capacity = ownCapacity
  end
end

local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
if now > at then
  tokens = math.min(capacity, tokens + (now - at) * rate / 1000)
end
tokens = math.min(capacity, tokens)

local allowed = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- A full bucket needs no state: keep it only as long as refilling it takes, twice over.
redis.call('EXPIRE', KEYS[1], math.max(1, math.ceil(2 * capacity / rate)))
return { allowed, math.floor(tokens), rate, capacity }
