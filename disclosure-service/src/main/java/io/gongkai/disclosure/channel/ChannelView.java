package io.gongkai.disclosure.channel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A channel as callers see it. */
@Schema(name = "Channel", requiredProperties = {"code", "name", "countedPer", "description", "active", "sortOrder", "version"})
public record ChannelView(
        @Schema(example = "WECHAT") String code,
        @Schema(example = "微信公众号") String name,
        @Schema(description = "what one count of this channel is", example = "条") String countedPer,
        @Schema(description = "null when none was given", nullable = true, example = "学校官方微信公众号") String description,
        boolean active,
        int sortOrder,
        long version) {

    static ChannelView of(Channel channel) {
        return new ChannelView(channel.code, channel.name, channel.countedPer, channel.description,
                channel.active, channel.sortOrder, channel.version);
    }
}
